package org.taiwa;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Calls services as a demo account in service-level tests ({@code @RegisterExtension final DemoMember member = new DemoMember();},
 * then {@code member.signIn("staff.minato")}); signed out again after each test.
 */
public final class DemoMember implements BeforeEachCallback, AfterEachCallback {

    private ApplicationContext context;

    @Override
    public void beforeEach(ExtensionContext extension) {
        context = SpringExtension.getApplicationContext(extension);
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        SecurityContextHolder.clearContext();
    }

    /** Signs a demo account in, through the development sign-in's own user details. */
    public void signIn(String username) {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
