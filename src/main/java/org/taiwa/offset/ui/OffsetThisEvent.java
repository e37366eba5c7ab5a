package org.taiwa.offset.ui;

import java.util.List;

import org.taiwa.offset.EventFootprint;
import org.taiwa.offset.OffsetCampaign;
import org.taiwa.offset.OffsetCampaigns;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Location;

/**
 * "Offset this event": one button per open joint-purchase campaign, opening its sign-up form with the footprint's
 * event and credits filled in. Shown only when the purchase module is present and a campaign is open.
 */
final class OffsetThisEvent extends Composite<HorizontalLayout> {

    OffsetThisEvent(EventFootprint footprint, OffsetCampaigns campaigns) {
        getContent().setId("offset-this-event");
        List<OffsetCampaign> open = campaigns.openCampaigns();
        for (OffsetCampaign campaign : open) {
            var button = new Button(getTranslation("offset.offset-this-event", campaign.title()),
                    e -> open(new Location(campaigns.signUpRoute(campaign.id(), footprint.id()))));
            button.setId("offset-this-event-" + campaign.id());
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getContent().add(button);
        }
        setVisible(!open.isEmpty());
    }

    /** The route may carry a query ({@code ?footprint=}), which {@code UI.navigate(String)} refuses. */
    private static void open(Location route) {
        UI.getCurrent().navigate(route.getPath(), route.getQueryParameters());
    }
}
