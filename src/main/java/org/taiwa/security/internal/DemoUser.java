package org.taiwa.security.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.taiwa.security.SignedInMember;
import org.taiwa.security.TaiwaPrincipal;

/** The principal of the development sign-in. */
record DemoUser(SignedInMember member, String password) implements UserDetails, TaiwaPrincipal {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = member.roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return member.username();
    }
}
