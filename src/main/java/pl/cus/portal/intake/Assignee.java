package pl.cus.portal.intake;

import java.util.UUID;

/** The member of staff an application is assigned to, as shown in queues and case lists. */
public record Assignee(UUID id, String username, String displayName, String team) {}
