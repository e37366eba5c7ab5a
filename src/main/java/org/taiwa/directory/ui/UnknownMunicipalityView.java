package org.taiwa.directory.ui;

import org.taiwa.security.CurrentMember;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * Shown instead of the portal when the identity provider names a municipality that is not one of
 * the 62: a wrong account setting, which only the secretariat can correct in Keycloak.
 */
@Route("unknown-municipality")
@PermitAll
public class UnknownMunicipalityView extends VerticalLayout implements HasDynamicTitle {

    UnknownMunicipalityView(CurrentMember currentMember) {
        String claimed = currentMember.get().flatMap(m -> m.municipality()).orElse("");
        var explanation = new Paragraph(getTranslation("unknown-municipality.explain", claimed));
        explanation.setId("unknown-municipality");
        add(new H1(getTranslation("unknown-municipality.title")), explanation);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unknown-municipality.title") + " | " + getTranslation("app.name");
    }
}
