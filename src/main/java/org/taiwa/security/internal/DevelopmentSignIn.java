package org.taiwa.security.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The development sign-in: the demo accounts of {@code config/demo-accounts.csv}, active only while
 * no OpenID Connect issuer is configured. Passwords are demo-only and compared as plain text.
 */
public final class DevelopmentSignIn implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(DevelopmentSignIn.class);

    private final List<DemoAccount> accounts;
    private final Map<String, DemoAccount> byUsername;

    DevelopmentSignIn(List<DemoAccount> accounts) {
        this.accounts = List.copyOf(accounts);
        this.byUsername = accounts.stream().collect(Collectors.toMap(DemoAccount::username, Function.identity()));
        log.warn("Development sign-in with {} demo accounts is active: configure TAIWA_OIDC_ISSUER for real use",
                accounts.size());
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        DemoAccount account = byUsername.get(username);
        if (account == null) {
            throw new UsernameNotFoundException("no demo account " + username);
        }
        return new DemoUser(account.member(), "{noop}" + account.password());
    }

    /** The accounts, for the sign-in page's list. */
    public List<DemoAccountView> accounts() {
        return accounts.stream()
                .map(a -> new DemoAccountView(a.username(), a.password(), a.displayName(),
                        a.municipality() == null ? "" : a.municipality(),
                        a.roles().stream().map(r -> r.key()).sorted().collect(Collectors.joining(", "))))
                .toList();
    }

    /** A demo account as the sign-in page lists it (demo passwords are shown on purpose). */
    public record DemoAccountView(String username, String password, String displayName, String municipality,
                                  String roles) {
    }
}
