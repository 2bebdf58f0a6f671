package org.dossier.search.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Who may reach what: strangers, and each role, against the running app. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityTests {

    @Autowired TestRestTemplate http;

    @Test
    void strangersGet401FromTheApiAndTheSignInPageFromPages() {
        ResponseEntity<String> api = http.getForEntity("/api/documents", String.class);
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).contains("Basic");
        assertThat(http.getForEntity("/v3/api-docs", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        // The client follows the redirect to the sign-in page.
        String page = http.getForObject("/entities", String.class);
        assertThat(page).contains("<h1>Sign in</h1>").contains("name=\"_csrf\"")
                .doesNotContain("People and organisations");
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThat(http.withBasicAuth("researcher", "guess").getForEntity("/api/documents", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void eachRoleReachesItsOwnPagesOnly() {
        TestRestTemplate researcher = http.withBasicAuth("researcher", "researcher-pw");
        TestRestTemplate analyst = http.withBasicAuth("analyst", "analyst-pw");
        TestRestTemplate operator = http.withBasicAuth("operator", "operator-pw");
        TestRestTemplate admin = http.withBasicAuth("admin", "admin-pw");

        for (TestRestTemplate anyone : List.of(researcher, analyst, operator, admin)) {
            assertThat(anyone.getForEntity("/api/entities", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        assertThat(researcher.getForEntity("/review", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(researcher.getForEntity("/runs", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(analyst.getForEntity("/runs", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(operator.getForEntity("/review", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(researcher.exchange("/api/documents", HttpMethod.POST, HttpEntity.EMPTY, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theSignInFormNeedsItsCsrfToken() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", "researcher");
        form.add("password", "researcher-pw");

        ResponseEntity<String> forged = http.postForEntity("/login", new HttpEntity<>(form, headers), String.class);

        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
