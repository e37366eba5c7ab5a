/**
 * Notifications: the in-app bell (mentions, replies, new threads and proposals in followed spaces,
 * proposals closing soon, meeting changes, joint-purchase campaigns changing state), per-space levels and
 * the daily e-mail digest. It listens to the discussion module's events and the purchase module's
 * {@code CampaignTransitioned}, and never calls back into them for writes; the header shows the bell
 * through the shell's {@link org.taiwa.shell.HeaderItem}, so the shell does not know this module.
 * See docs/decisions/0009-notifications.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification",
        allowedDependencies = {"discussion", "purchase", "directory", "security", "security :: policy", "shell",
                "storage"})
package org.taiwa.notification;
