package pl.cus.portal.shared.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * JSON API settings ({@code cus.api.*}).
 *
 * @param maxBodySize largest JSON body accepted; larger ones answer 413
 */
@ConfigurationProperties("cus.api")
public record ApiProperties(@DefaultValue("64KB") DataSize maxBodySize) {}
