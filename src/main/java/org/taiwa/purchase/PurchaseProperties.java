package org.taiwa.purchase;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the joint purchase.
 *
 * @param demoData     seed the Kamaishi J-VER project, the settled 2011 campaign and an open first-come
 *                     campaign at start-up (on in the quick start)
 * @param waitlist     first come: a sign-up that does not fit waits for a withdrawal (on); off, it is refused
 *                     with 409 {@code capacity-exhausted}
 * @param zone         the zone sign-up windows are shown and entered in
 * @param repairEvery  how often the sweep repairs first-come sign-ups a crash left {@code REQUESTED}
 */
@ConfigurationProperties("taiwa.purchase")
public record PurchaseProperties(@DefaultValue("true") boolean demoData, @DefaultValue("true") boolean waitlist,
                                 @DefaultValue("Asia/Tokyo") ZoneId zone,
                                 @DefaultValue("PT5M") Duration repairEvery) {
}
