package pl.cus.portal.shared.ui;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How views wait for services ({@code cus.ui.*}).
 *
 * @param callTimeout the longest a view waits for one service call before telling the person to try again
 */
@ConfigurationProperties("cus.ui")
public record UiProperties(@DefaultValue("10s") Duration callTimeout) {}
