/**
 * Purchase: joint purchases of offset credits — credit projects, campaigns with a sign-up window and an
 * allocation rule, sign-ups of municipalities with their approval, allocation, settlement and certificates.
 * {@link org.taiwa.purchase.Allocator} is the pure allocation of a closed campaign.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Joint purchase",
        allowedDependencies = {"storage", "security", "security :: policy", "directory", "audit", "shell",
                "offset", "offset :: ui"})
package org.taiwa.purchase;
