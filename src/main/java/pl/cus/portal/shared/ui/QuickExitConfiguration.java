package pl.cus.portal.shared.ui;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Serves {@code /quick-exit} ahead of every other filter, the security filters included. */
@Configuration(proxyBeanMethods = false)
class QuickExitConfiguration {

    @Bean
    FilterRegistrationBean<QuickExitFilter> quickExitFilter(PortalProperties portal) {
        var registration = new FilterRegistrationBean<>(new QuickExitFilter(portal.quickExitUrl()));
        registration.addUrlPatterns(QuickExitFilter.PATH);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
