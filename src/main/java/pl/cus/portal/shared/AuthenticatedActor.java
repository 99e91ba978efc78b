package pl.cus.portal.shared;

/** Implemented by the security principal so that the shared kernel can read the actor without knowing accounts. */
public interface AuthenticatedActor {

    Actor actor();
}
