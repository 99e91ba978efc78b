package pl.cus.portal.intake.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IntakeProperties.class, UploadLimits.class})
class IntakeConfiguration {}
