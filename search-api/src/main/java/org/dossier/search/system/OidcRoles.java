package org.dossier.search.system;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Roles for users who sign in with OpenID Connect, read from a claim of their ID token or user
 * info ({@code roles} by default): "analyst" or "ROLE_ANALYST" both give ROLE_ANALYST. A user
 * whose claim names no Dossier role gets {@code defaultRole}, or none, and then reaches nothing.
 */
public final class OidcRoles {

    static final List<String> ROLES = List.of("RESEARCHER", "ANALYST", "OPERATOR", "ADMIN");

    private OidcRoles() {
    }

    public static Set<GrantedAuthority> fromClaim(Object claim, String defaultRole) {
        Set<GrantedAuthority> roles = new HashSet<>();
        Collection<?> values = claim instanceof Collection<?> many ? many
                : claim == null ? List.of() : List.of(claim.toString().split("[,\\s]+"));
        for (Object value : values) {
            String role = value.toString().strip().toUpperCase(Locale.ROOT).replaceFirst("^ROLE_", "");
            if (ROLES.contains(role)) {
                roles.add(new SimpleGrantedAuthority("ROLE_" + role));
            }
        }
        if (roles.isEmpty() && defaultRole != null && !defaultRole.isBlank()) {
            String role = defaultRole.strip().toUpperCase(Locale.ROOT).replaceFirst("^ROLE_", "");
            if (!ROLES.contains(role)) {
                throw new IllegalStateException("dossier.security.oidc.default-role must be one of " + ROLES
                        + ", was " + defaultRole);
            }
            roles.add(new SimpleGrantedAuthority("ROLE_" + role));
        }
        return roles;
    }

    static OAuth2UserService<OidcUserRequest, OidcUser> userService(String claim, String defaultRole) {
        OidcUserService delegate = new OidcUserService();
        return request -> {
            OidcUser user = delegate.loadUser(request);
            Set<GrantedAuthority> roles = fromClaim(user.getClaims().get(claim), defaultRole);
            return new DefaultOidcUser(roles, user.getIdToken(), user.getUserInfo());
        };
    }
}
