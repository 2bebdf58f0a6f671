package org.dossier.search.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.context.ActiveProfiles;

/** Signing in with an OpenID Connect provider, when one is configured, and the roles its claim gives. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.security.oauth2.client.registration.idp.client-id=dossier",
    "spring.security.oauth2.client.registration.idp.client-secret=secret",
    "spring.security.oauth2.client.registration.idp.client-name=Example ID",
    "spring.security.oauth2.client.registration.idp.authorization-grant-type=authorization_code",
    "spring.security.oauth2.client.registration.idp.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
    "spring.security.oauth2.client.registration.idp.scope=openid,profile",
    "spring.security.oauth2.client.provider.idp.authorization-uri=https://id.example.org/authorize",
    "spring.security.oauth2.client.provider.idp.token-uri=https://id.example.org/token",
    "spring.security.oauth2.client.provider.idp.jwk-set-uri=https://id.example.org/jwks",
    "spring.security.oauth2.client.provider.idp.user-name-attribute=sub"})
@ActiveProfiles("test")
class OpenIdConnectTests {

    @LocalServerPort int port;

    @Test
    void theSignInPageOffersTheProviderWhichTheBrowserIsSentTo() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new java.net.CookieManager()).build();
        String login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(login).contains("href=\"/oauth2/authorization/idp\"").contains("Sign in with Example ID")
                .contains("id=\"username\"");

        HttpResponse<String> start = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/oauth2/authorization/idp")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location").orElseThrow())
                .startsWith("https://id.example.org/authorize?").contains("client_id=dossier")
                .contains("scope=openid%20profile").contains("response_type=code");
    }

    @Test
    void theRolesClaimGivesDossierRoles() {
        assertThat(names(OidcRoles.fromClaim(List.of("analyst", "ROLE_OPERATOR", "payroll"), null)))
                .containsExactlyInAnyOrder("ROLE_ANALYST", "ROLE_OPERATOR");
        assertThat(names(OidcRoles.fromClaim("researcher admin", null)))
                .containsExactlyInAnyOrder("ROLE_RESEARCHER", "ROLE_ADMIN");
        assertThat(OidcRoles.fromClaim(null, null)).isEmpty();
        assertThat(names(OidcRoles.fromClaim(List.of("payroll"), "researcher"))).containsExactly("ROLE_RESEARCHER");
    }

    private static List<String> names(java.util.Set<GrantedAuthority> roles) {
        return roles.stream().map(GrantedAuthority::getAuthority).toList();
    }
}
