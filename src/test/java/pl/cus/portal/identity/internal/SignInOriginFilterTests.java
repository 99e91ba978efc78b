package pl.cus.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Which sign-in posts count as coming from the portal's own page (issue 14, item 6). */
class SignInOriginFilterTests {

    @Test
    void theOriginMustBeThePortalsSchemeHostAndPort() {
        var request = request("https", "portal.cus.example", 443);
        assertThat(SignInOriginFilter.sameOrigin("https://portal.cus.example", request))
                .isTrue();
        assertThat(SignInOriginFilter.sameOrigin("https://PORTAL.cus.example:443", request))
                .isTrue();
        assertThat(SignInOriginFilter.sameOrigin("http://portal.cus.example", request))
                .isFalse();
        assertThat(SignInOriginFilter.sameOrigin("https://portal.cus.example:8443", request))
                .isFalse();
        assertThat(SignInOriginFilter.sameOrigin("https://portal.cus.example.evil.example", request))
                .isFalse();
        assertThat(SignInOriginFilter.sameOrigin("https://evil.example", request))
                .isFalse();
        assertThat(SignInOriginFilter.sameOrigin("null", request)).isFalse();
        assertThat(SignInOriginFilter.sameOrigin("https://portal.cus.example/login", request))
                .isFalse();
        assertThat(SignInOriginFilter.sameOrigin("not a uri", request)).isFalse();
        assertThat(SignInOriginFilter.sameOrigin("http://localhost:8080", request("http", "localhost", 8080)))
                .isTrue();
    }

    @Test
    void onlyTheSignInPostIsJudged() throws Exception {
        var filter = new SignInOriginFilter();
        var foreignPost = request("https", "portal.cus.example", 443);
        foreignPost.addHeader("Origin", "https://evil.example");
        var refused = new MockHttpServletResponse();
        filter.doFilter(foreignPost, refused, new MockFilterChain());
        assertThat(refused.getRedirectedUrl()).isEqualTo("/login?error&refused");

        // The portal's own form under its no-referrer policy: an opaque origin, judged by Sec-Fetch-Site and the token.
        var ownForm = request("https", "portal.cus.example", 443);
        ownForm.addHeader("Origin", "null");
        ownForm.addHeader("Sec-Fetch-Site", "same-origin");
        var passed = new MockFilterChain();
        filter.doFilter(ownForm, new MockHttpServletResponse(), passed);
        assertThat(passed.getRequest()).isNotNull();

        var otherPath = request("https", "portal.cus.example", 443);
        otherPath.setRequestURI("/api/me/password");
        otherPath.addHeader("Origin", "https://evil.example");
        var chain = new MockFilterChain();
        filter.doFilter(otherPath, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNotNull();
    }

    private static MockHttpServletRequest request(String scheme, String host, int port) {
        var request = new MockHttpServletRequest("POST", "/login");
        request.setScheme(scheme);
        request.setServerName(host);
        request.setServerPort(port);
        return request;
    }
}
