package pl.cus.portal.deadlines.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Live tracking's settings; its beans are the components of this package. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadlineLiveProperties.class)
class DeadlineTrackingConfiguration {}
