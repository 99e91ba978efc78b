package pl.cus.portal.identity.internal;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import pl.cus.portal.shared.Role;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains: {@code /api/**} (HTTP Basic or the portal session, problem-detail errors) first, then the
 * Vaadin UI with form login. Route-level rules here are coarse; record-level rules live in the services.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    /**
     * What Vaadin Flow needs and no more: its bootstrap starts the client engine with an inline script and the engine
     * builds functions from the expressions the server sends ('unsafe-inline' 'unsafe-eval' for scripts,
     * 'unsafe-inline' for styles: see Vaadin's "Content Security Policy" page). Everything else from this origin only;
     * no plugins, no framing, forms post only here.
     */
    static final String UI_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** JSON answers run nothing and are never framed. */
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    static final long HSTS_MAX_AGE = 31_536_000;

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final String[] STAFF = Role.STAFF.stream().map(Role::name).toArray(String[]::new);

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http, ProblemSecurityHandlers problems, LoginThrottle throttle, JsonMapper json)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                HttpMethod.GET, "/api/catalog/**", "/api/deadlines/preview")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/accounts",
                                "/api/accounts/confirmation",
                                "/api/accounts/password-reset",
                                "/api/accounts/password-reset/confirmation")
                        .permitAll()
                        .requestMatchers("/api/backoffice/**")
                        .hasAnyRole(STAFF)
                        .anyRequest()
                        .authenticated())
                // A client signs in once with Basic and then uses the session cookie, so the password hash is
                // not paid on every request.
                .httpBasic(basic -> basic.authenticationEntryPoint(problems)
                        .securityContextRepository(new HttpSessionSecurityContextRepository()))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                // CSRF matters only when a browser's session cookie authenticates the call.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::cookieAuthenticatedWrite))
                // Brute force on Basic: 429 with Retry-After while the account or address is locked (decision 0022).
                .addFilterBefore(
                        new LoginThrottleFilter(throttle, LoginThrottleFilter.Kind.BASIC, json, problems),
                        BasicAuthenticationFilter.class)
                // Answers carry personal data: never stored by a browser or a proxy (Spring Security's default
                // Cache-Control: no-cache, no-store), never framed, nothing active in them.
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_CSP))
                        .frameOptions(frame -> frame.deny())
                        .httpStrictTransportSecurity(
                                hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE).includeSubDomains(true))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(
            HttpSecurity http,
            ObjectProvider<ClientRegistrationRepository> registrations,
            PortalOidcUserService oidcUsers,
            LoginThrottle throttle,
            JsonMapper json,
            RequestUtil vaadinRequests)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                        "/actuator/health", "/actuator/health/**", "/styles/**", "/images/**", "/favicon.ico")
                .permitAll()
                // Also enforced per view by Vaadin; here so that a resident is refused before any back-office page
                // loads.
                .requestMatchers("/backoffice", "/backoffice/**")
                .hasAnyRole(STAFF));
        // A person who follows a link to a page their role may not see gets a page that says so, not a browser error.
        // A sign-in without a valid CSRF token goes back to the form, saying why (issue 14, item 6).
        http.exceptionHandling(errors -> errors.accessDeniedHandler(SignInOriginFilter.deniedHandler(
                (request, response, denied) -> response.sendRedirect(request.getContextPath() + "/no-access"))));
        // CSRF tokens everywhere but Vaadin's own requests, which carry Vaadin's security key instead. Vaadin's default
        // also exempts the sign-in form: here it needs the token (its page has the _csrf meta tags the form sends),
        // and it must come from this origin, so no other site can sign a visitor into an account (login CSRF).
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.addFilterBefore(new SignInOriginFilter(), CsrfFilter.class);
        // Brute force on the form: back to the form with a message while locked (decision 0022).
        http.addFilterBefore(
                new LoginThrottleFilter(
                        throttle,
                        LoginThrottleFilter.Kind.FORM,
                        json,
                        (request, response, wrong) -> response.sendRedirect(request.getContextPath() + "/login?error")),
                UsernamePasswordAuthenticationFilter.class);
        // Vaadin's static bundle is cacheable (it sets its own Cache-Control); pages and UI
        // requests, which show back-office and case data, get no-store here. HSTS is sent on HTTPS only.
        // Written before the request goes on: Vaadin's pages are served by a forward to its servlet, after which the
        // response is already committed and lazily written headers would be lost.
        http.headers(headers -> headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                // Spring Security's own writer would also mark Vaadin's bundle "Pragma: no-cache, Expires: 0".
                .cacheControl(cache -> cache.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        SecurityConfiguration::notStaticResource, new CacheControlHeadersWriter()))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                .frameOptions(frame -> frame.deny())
                .contentSecurityPolicy(csp -> csp.policyDirectives(UI_CSP))
                .httpStrictTransportSecurity(
                        hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE).includeSubDomains(true)));
        // The second sign-in path exists only when a provider is configured (decision 0012); otherwise no
        // /oauth2/** or /login/oauth2/** endpoint is served at all.
        if (registrations.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers))
                    .defaultSuccessUrl("/start", true)
                    .failureUrl("/login?" + OidcSignInOption.FAILED));
        }
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.enableCsrfConfiguration(false)
                        .loginView("/login", "/")
                        .defaultSuccessUrl("/start"));
        return http.build();
    }

    private static final List<String> STATIC_PREFIXES = List.of(
            "/VAADIN/",
            "/styles/",
            "/images/",
            "/icons/",
            "/themes/",
            "/frontend/",
            "/favicon.ico",
            "/sw.js",
            "/sw-runtime-resources-precache.js",
            "/manifest.webmanifest",
            "/offline");

    private static boolean notStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC_PREFIXES.stream().noneMatch(path::startsWith);
    }

    private static boolean cookieAuthenticatedWrite(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod())
                && request.getHeader("Authorization") == null
                && request.getRequestedSessionId() != null;
    }
}
