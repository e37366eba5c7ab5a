package org.taiwa.security;

/**
 * How members sign in on this node.
 *
 * @param development true while no OpenID Connect issuer is configured: the development sign-in
 *                    with the demo accounts of {@code config/demo-accounts.csv} is active, and
 *                    every page says so
 */
public record SignInMode(boolean development) {
}
