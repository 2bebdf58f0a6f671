package org.dossier.search.system;

import java.nio.file.Path;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * Who may do what. Researchers read (search, documents, entities, figures); analysts also review
 * merge candidates; operators also run and repair ingestion; admins do everything. Pages ask
 * strangers to sign in; the API answers them 401 and takes HTTP Basic as well as the session.
 * Forms carry a CSRF token; a client that authenticates each request with a header needs none.
 */
@Configuration
class SecurityConfiguration {

    @Bean
    InMemoryUserDetailsManager users(@Value("${dossier.security.users-file:${dossier.data-dir}/users.properties}")
                                     Path file) {
        return new InMemoryUserDetailsManager(UsersFile.read(file));
    }

    /** Spring's usual encoders ({bcrypt}, {noop}, ...), with good passwords remembered for a few minutes. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new RememberedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_ADMIN > ROLE_ANALYST
                ROLE_ADMIN > ROLE_OPERATOR
                ROLE_ANALYST > ROLE_RESEARCHER
                ROLE_OPERATOR > ROLE_RESEARCHER
                """);
    }

    @Bean
    SecurityFilterChain security(HttpSecurity http,
                                 ObjectProvider<ClientRegistrationRepository> openIdProviders,
                                 @Value("${dossier.security.oidc.roles-claim:roles}") String rolesClaim,
                                 @Value("${dossier.security.oidc.default-role:}") String defaultRole) throws Exception {
        // OpenID Connect when providers are configured (spring.security.oauth2.client.registration.*).
        if (openIdProviders.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage("/login").defaultSuccessUrl("/", false)
                    .userInfoEndpoint(info -> info.oidcUserService(OidcRoles.userService(rolesClaim, defaultRole))));
        }
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName("Dossier");
        basic.afterPropertiesSet();
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/dossier.css", "/error", "/favicon.ico", "/oauth2/**",
                                "/login/oauth2/**", "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/review/**", "/api/review/**").hasRole("ANALYST")
                        .requestMatchers("/runs/**", "/api/runs/**", "/api/sources/**", "/actuator/**").hasRole("OPERATOR")
                        .requestMatchers(HttpMethod.GET, "/**").hasRole("RESEARCHER")
                        .anyRequest().hasRole("ADMIN"))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
                .httpBasic(b -> b.realmName("Dossier"))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(basic, SecurityConfiguration::isApi)
                        // A stranger's API write fails the CSRF check before anyone asks who it is:
                        // tell them to authenticate (401), as for a read.
                        .accessDeniedHandler((request, response, denied) -> {
                            var who = SecurityContextHolder.getContext().getAuthentication();
                            if (isApi(request) && (who == null || who instanceof AnonymousAuthenticationToken)) {
                                basic.commence(request, response, new InsufficientAuthenticationException(
                                        "sign in first"));
                            } else {
                                new AccessDeniedHandlerImpl().handle(request, response, denied);
                            }
                        }))
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null));
        return http.build();
    }

    private static boolean isApi(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.startsWith("/api/") || uri.startsWith("/v3/api-docs") || uri.startsWith("/actuator/");
    }
}
