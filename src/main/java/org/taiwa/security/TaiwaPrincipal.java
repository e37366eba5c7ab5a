package org.taiwa.security;

/** A principal that knows the member behind it; every sign-in method's principal implements it. */
public interface TaiwaPrincipal {

    SignedInMember member();
}
