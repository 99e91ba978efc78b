package pl.cus.portal.identity.internal;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import pl.cus.portal.shared.Role;

/**
 * Two filter chains: {@code /api/**} (HTTP Basic or the portal session, problem-detail errors) first, then the
 * Vaadin UI with form login. Route-level rules here are coarse; record-level rules live in the services.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final String[] STAFF = Role.STAFF.stream().map(Role::name).toArray(String[]::new);

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/catalog/**", "/api/deadlines/preview").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/accounts").permitAll()
                        .requestMatchers("/api/backoffice/**").hasAnyRole(STAFF)
                        .anyRequest().authenticated())
                // A client signs in once with Basic and then uses the session cookie, so the password hash is
                // not paid on every request.
                .httpBasic(basic -> basic.authenticationEntryPoint(problems)
                        .securityContextRepository(new HttpSessionSecurityContextRepository()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                // CSRF matters only when a browser's session cookie authenticates the call.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::cookieAuthenticatedWrite));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> registrations,
                           PortalOidcUserService oidcUsers) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/styles/**", "/images/**", "/favicon.ico").permitAll()
                // Also enforced per view by Vaadin; here so that a resident is refused before any back-office page loads.
                .requestMatchers("/backoffice", "/backoffice/**").hasAnyRole(STAFF));
        // A person who follows a link to a page their role may not see gets a page that says so, not a browser error.
        http.exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) ->
                response.sendRedirect(request.getContextPath() + "/no-access")));
        http.headers(headers -> headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                .frameOptions(frame -> frame.deny()));
        // The second sign-in path exists only when a provider is configured (decision 0012); otherwise no
        // /oauth2/** or /login/oauth2/** endpoint is served at all.
        if (registrations.getIfAvailable() != null) {
            http.oauth2Login(login -> login
                    .loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers))
                    .defaultSuccessUrl("/start", true)
                    .failureUrl("/login?" + OidcSignInOption.FAILED));
        }
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView("/login", "/")
                .defaultSuccessUrl("/start"));
        return http.build();
    }

    private static boolean cookieAuthenticatedWrite(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod())
                && request.getHeader("Authorization") == null
                && request.getRequestedSessionId() != null;
    }
}
