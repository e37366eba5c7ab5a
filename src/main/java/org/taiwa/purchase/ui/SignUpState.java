package org.taiwa.purchase.ui;

import java.time.Instant;
import java.util.Optional;

import org.taiwa.purchase.Campaign;
import org.taiwa.purchase.SignUp;
import org.taiwa.purchase.SignUps;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The viewer's municipality's sign-up to a campaign: tonnes, approval, placement and waitlist position, and what
 * may be done now — sign up, change, withdraw (until the deadline), approve (an approver, while pending).
 */
final class SignUpState extends Composite<VerticalLayout> {

    SignUpState(Campaign campaign, Optional<SignUp> own, PurchaseViewer viewer, SignUps signUps, Runnable refresh) {
        var texts = PurchaseTexts.of(this);
        VerticalLayout content = getContent();
        content.setId("sign-up-state");
        content.setPadding(false);
        content.add(new H2(texts.get("purchase.state.title",
                viewer.municipality().map(m -> m.name(texts.locale())).orElse(""))));
        boolean open = campaign.acceptsSignUps(Instant.now());
        var actions = new HorizontalLayout();
        if (own.isEmpty()) {
            content.add(paragraph("sign-up-none", texts.get("purchase.state.none")));
            if (open && viewer.staff()) {
                actions.add(button("sign-up-open", texts.get("purchase.signup.action"), e -> UI.getCurrent().navigate(
                        SignUpView.class, CampaignView.parameters(campaign.id()))));
            }
            content.add(actions);
            return;
        }
        SignUp signUp = own.get();
        content.add(paragraph("sign-up-tonnes", texts.get("purchase.state.tonnes", texts.number(signUp.request()
                .tonnes()), signUp.request().events().size())));
        content.add(paragraph("sign-up-approval", signUp.approved()
                ? texts.get("purchase.state.approved", signUp.approval().approvedBy(),
                PurchaseTexts.japanTime(signUp.approval().approvedAt()))
                : texts.get("purchase.state.pending")));
        content.add(paragraph("sign-up-placement", texts.placement(signUp.placement())));
        signUps.waitlistPosition(signUp.id()).ifPresent(position -> content.add(paragraph("sign-up-waitlist",
                texts.get("purchase.state.waitlist", position))));
        if (signUp.allocatedTonnes() != null) {
            content.add(paragraph("sign-up-allocated", texts.get("purchase.state.allocated",
                    texts.number(signUp.allocatedTonnes()))));
        }
        if (open && viewer.approver() && !signUp.approved()) {
            var approve = button("sign-up-approve", texts.get("purchase.approve"), e -> {
                signUps.approve(signUp.id());
                Notification.show(texts.get("purchase.approved"));
                refresh.run();
            });
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(approve);
        }
        if (open && viewer.staff()) {
            actions.add(button("sign-up-change", texts.get("purchase.change"), e -> UI.getCurrent().navigate(
                    SignUpView.class, CampaignView.parameters(campaign.id()))));
            var withdraw = button("sign-up-withdraw", texts.get("purchase.withdraw"), e -> confirmWithdraw(signUp,
                    signUps, texts, refresh));
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(withdraw);
        }
        content.add(actions);
    }

    private static void confirmWithdraw(SignUp signUp, SignUps signUps, PurchaseTexts texts, Runnable refresh) {
        var dialog = new ConfirmDialog(texts.get("purchase.withdraw.confirm-title"),
                texts.get("purchase.withdraw.confirm-text"), texts.get("purchase.withdraw"), e -> {
                    signUps.withdraw(signUp.id());
                    Notification.show(texts.get("purchase.withdrawn"));
                    refresh.run();
                });
        dialog.setId("sign-up-withdraw-dialog");
        dialog.setCancelable(true);
        dialog.setCancelText(texts.get("purchase.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private static Paragraph paragraph(String id, String text) {
        var paragraph = new Paragraph(text);
        paragraph.setId(id);
        return paragraph;
    }

    private static Button button(String id, String text,
                                 com.vaadin.flow.component.ComponentEventListener<
                                         com.vaadin.flow.component.ClickEvent<Button>> listener) {
        var button = new Button(text, listener);
        button.setId(id);
        return button;
    }
}
