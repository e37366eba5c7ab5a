package org.taiwa.purchase.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.taiwa.KaribuViews;
import org.taiwa.RateLimited;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.purchase.AllocationRule;
import org.taiwa.purchase.Campaign;
import org.taiwa.purchase.CampaignStatus;
import org.taiwa.purchase.Campaigns;
import org.taiwa.purchase.NewCampaign;
import org.taiwa.purchase.SignUp;
import org.taiwa.purchase.SignUpRequest;
import org.taiwa.purchase.SignUps;
import org.taiwa.security.RateLimit;
import org.taiwa.security.RateLimits;
import org.taiwa.security.SignedInMember;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;

/** The purchase pages, browserless: sign-up, approval, withdrawal, and the secretariat's close and allocate. */
@TaiwaIntegrationTest
class PurchaseViewsIT {

    static final String PROJECT = "ui-test-project";

    @RegisterExtension
    final KaribuViews views = new KaribuViews();

    @Autowired
    Campaigns campaigns;
    @Autowired
    SignUps signUps;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    RateLimits rateLimits;

    /** An open campaign of its own (as the secretariat), so that tests do not share sign-ups. */
    Campaign openCampaign(AllocationRule rule, long tonnes) {
        if (mongo.findById(PROJECT, Document.class, "credit_projects") == null) {
            mongo.save(new Document("_id", PROJECT).append("issuer", "テスト森林組合").append("scheme", "J-VER")
                    .append("methodology", "森林吸収").append("location", "岩手県").append("vintage", 2010)
                    .append("certifiedTonnes", 1_000_000_000L).append("availableTonnes", 1_000_000_000L)
                    .append("pricePerTonneYen", 8_000L).append("taxIncluded", false).append("description", "")
                    .append("documentIds", List.of()), "credit_projects");
        }
        views.signIn("secretariat");
        Instant now = Instant.now();
        Campaign draft = campaigns.create(new NewCampaign("UIテスト " + UUID.randomUUID(), PROJECT, tonnes, 8_000,
                now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(3)), 1, 60, rule, "seed-" + UUID.randomUUID()));
        return campaigns.transition(draft.id(), CampaignStatus.OPEN);
    }

    static SignUpRequest request(long tonnes) {
        return new SignUpRequest(tonnes, new SignUpRequest.Contact("担当 花子", "hanako@example.jp", ""),
                List.of(new SignUpRequest.EventToOffset("環境フェア", LocalDate.of(2026, 6, 1), 1, null)));
    }

    private static <T extends com.vaadin.flow.component.Component> T byId(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    private void openSignUp(Campaign campaign, String username) {
        views.signIn(username);
        UI.getCurrent().setLocale(Locale.JAPANESE);
        UI.getCurrent().navigate("campaigns/" + campaign.id() + "/sign-up");
    }

    @Test
    void the_sign_up_form_checks_as_you_type_and_a_double_submit_makes_one_sign_up() {
        Campaign campaign = openCampaign(AllocationRule.FIRST_COME, 500);
        openSignUp(campaign, "staff.minato");
        Button submit = byId(Button.class, "sign-up-submit");
        assertThat(submit.isEnabled()).isFalse();

        HasValueUtilsKt._setValue(byId(IntegerField.class, "sign-up-tonnes"), 61);
        assertThat(byId(IntegerField.class, "sign-up-tonnes").isInvalid()).isTrue();
        assertThat(byId(IntegerField.class, "sign-up-tonnes").getErrorMessage()).isEqualTo("1〜60 トンの整数を入力してください");
        HasValueUtilsKt._setValue(byId(IntegerField.class, "sign-up-tonnes"), 10);
        HasValueUtilsKt._setValue(byId(TextField.class, "sign-up-contact-name"), "担当 花子");
        HasValueUtilsKt._setValue(byId(EmailField.class, "sign-up-contact-email"), "hanako@");
        assertThat(byId(EmailField.class, "sign-up-contact-email").isInvalid()).isTrue();
        HasValueUtilsKt._setValue(byId(EmailField.class, "sign-up-contact-email"), "hanako@example.jp");
        _click(byId(Button.class, "sign-up-event-add"));
        HasValueUtilsKt._setValue(byId(TextField.class, "sign-up-event-name-0"), "港区環境フェア");
        HasValueUtilsKt._setValue(byId(DatePicker.class, "sign-up-event-date-0"), LocalDate.of(2026, 6, 1));
        HasValueUtilsKt._setValue(byId(IntegerField.class, "sign-up-event-tonnes-0"), 11);
        assertThat(byId(IntegerField.class, "sign-up-tonnes").getErrorMessage()).contains("11", "10");
        assertThat(submit.isEnabled()).isFalse();
        HasValueUtilsKt._setValue(byId(IntegerField.class, "sign-up-event-tonnes-0"), 4);
        assertThat(submit.isEnabled()).isTrue();

        // a double click: the second click reaches the server after the first one's sign-up was made
        submit.click();
        submit.click();

        List<SignUp> mine = signUps.ofCampaign(campaign.id());
        assertThat(mine).hasSize(1);
        assertThat(mine.getFirst().request().tonnes()).isEqualTo(10);
        assertThat(mine.getFirst().request().events()).extracting(SignUpRequest.EventToOffset::name)
                .containsExactly("港区環境フェア");
        assertThat(mine.getFirst().placement()).isEqualTo(SignUp.Placement.CONFIRMED);
    }

    @Test
    void a_sign_up_past_the_limit_says_how_long_to_wait_and_keeps_what_was_filled_in() {
        Campaign campaign = openCampaign(AllocationRule.FIRST_COME, 500);
        SignedInMember member = RateLimited.member("limit.signup", "港区");
        views.signInAs(member);
        UI.getCurrent().setLocale(Locale.JAPANESE);
        UI.getCurrent().navigate("campaigns/" + campaign.id() + "/sign-up");
        HasValueUtilsKt._setValue(byId(IntegerField.class, "sign-up-tonnes"), 12);
        HasValueUtilsKt._setValue(byId(TextField.class, "sign-up-contact-name"), "担当 次郎");
        HasValueUtilsKt._setValue(byId(EmailField.class, "sign-up-contact-email"), "jiro@example.jp");
        _click(byId(Button.class, "sign-up-event-add"));
        HasValueUtilsKt._setValue(byId(TextField.class, "sign-up-event-name-0"), "港区エコフェスタ");
        HasValueUtilsKt._setValue(byId(DatePicker.class, "sign-up-event-date-0"), LocalDate.of(2026, 7, 1));
        HasValueUtilsKt._setValue(byId(IntegerField.class, "sign-up-event-tonnes-0"), 12);
        Button submit = byId(Button.class, "sign-up-submit");
        assertThat(submit.isEnabled()).isTrue();

        RateLimited.drain(rateLimits, RateLimit.SIGN_UP, member.username());
        _click(submit);

        Paragraph problem = byId(Paragraph.class, "sign-up-problem");
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).startsWith("短い時間に操作が多すぎます。").containsPattern("\\d+ 秒ほど待って");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).endsWith("/sign-up");
        assertThat(byId(IntegerField.class, "sign-up-tonnes").getValue()).isEqualTo(12);
        assertThat(byId(TextField.class, "sign-up-contact-name").getValue()).isEqualTo("担当 次郎");
        assertThat(byId(EmailField.class, "sign-up-contact-email").getValue()).isEqualTo("jiro@example.jp");
        assertThat(byId(TextField.class, "sign-up-event-name-0").getValue()).isEqualTo("港区エコフェスタ");
        assertThat(byId(DatePicker.class, "sign-up-event-date-0").getValue()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(byId(IntegerField.class, "sign-up-event-tonnes-0").getValue()).isEqualTo(12);
        assertThat(submit.isEnabled()).as("the member can send again after waiting").isTrue();
        assertThat(signUps.ofCampaign(campaign.id())).as("nothing stored").isEmpty();
    }

    @Test
    void the_calculator_inside_the_sign_up_adds_the_estimated_event_with_its_credits() {
        Campaign campaign = openCampaign(AllocationRule.FIRST_COME, 500);
        openSignUp(campaign, "staff.minato");
        _click(byId(Button.class, "sign-up-calculate"));
        Button add = byId(Button.class, "sign-up-calculator-add");
        assertThat(add.isEnabled()).isFalse();

        HasValueUtilsKt._setValue(byId(TextField.class, "offset-event-name"), "港区環境フォーラム");
        HasValueUtilsKt._setValue(byId(DatePicker.class, "offset-first-day"), LocalDate.of(2026, 12, 12));
        HasValueUtilsKt._setValue(byId(IntegerField.class, "offset-participants"), 200);
        HasValueUtilsKt._setValue(byId(IntegerField.class, "offset-days"), 1);
        // 3,000 kWh × 0.555 (the default set's national default) = 1,665 kg → 2 credits
        HasValueUtilsKt._setValue(byId(NumberField.class, "offset-electricity-kwh"), 3000.0);
        assertThat(add.isEnabled()).isTrue();
        _click(add);

        assertThat(byId(TextField.class, "sign-up-event-name-0").getValue()).isEqualTo("港区環境フォーラム");
        assertThat(byId(DatePicker.class, "sign-up-event-date-0").getValue()).isEqualTo(LocalDate.of(2026, 12, 12));
        assertThat(byId(IntegerField.class, "sign-up-event-tonnes-0").getValue()).isEqualTo(2);
    }

    @Test
    void an_approver_approves_the_pending_sign_up_of_the_municipality() {
        Campaign campaign = openCampaign(AllocationRule.FIRST_COME, 500);
        views.signIn("staff.shinjuku");
        SignUp pending = signUps.signUp(campaign.id(), new MunicipalityId("shinjuku"), request(5), null);
        views.signIn("approver.shinjuku");
        UI.getCurrent().setLocale(Locale.JAPANESE);
        UI.getCurrent().navigate("campaigns/" + campaign.id());
        assertThat(byId(Paragraph.class, "sign-up-approval").getText()).startsWith("承認待ち");

        _click(byId(Button.class, "sign-up-approve"));

        assertThat(signUps.find(pending.id()).orElseThrow().approved()).isTrue();
        assertThat(byId(Paragraph.class, "sign-up-approval").getText()).contains("approver.shinjuku");
        assertThat(_find(Button.class, spec -> spec.withId("sign-up-approve"))).isEmpty();
    }

    @Test
    void staff_withdraw_after_confirming_and_the_tonnes_return() {
        Campaign campaign = openCampaign(AllocationRule.FIRST_COME, 500);
        views.signIn("staff.hachioji");
        SignUp signUp = signUps.signUp(campaign.id(), new MunicipalityId("hachioji"), request(20), null);
        UI.getCurrent().setLocale(Locale.JAPANESE);
        UI.getCurrent().navigate("campaigns/" + campaign.id());
        assertThat(byId(Span.class, "campaign-remaining").getText()).isEqualTo("480 t-CO2");

        _click(byId(Button.class, "sign-up-withdraw"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(signUps.find(signUp.id()).orElseThrow().withdrawn()).isTrue();
        assertThat(byId(Span.class, "campaign-remaining").getText()).isEqualTo("500 t-CO2");
        assertThat(byId(Paragraph.class, "sign-up-none")).isNotNull();
    }

    @Test
    void the_secretariat_closes_and_allocates_and_the_table_adds_up() {
        Campaign campaign = openCampaign(AllocationRule.PRO_RATA, 100);
        for (String m : List.of("minato", "shinjuku", "setagaya")) {
            views.signIn("staff." + m);
            SignUp s = signUps.signUp(campaign.id(), new MunicipalityId(m), request(m.equals("minato") ? 60 : 25),
                    null);
            views.signIn("approver." + m);
            signUps.approve(s.id());
        }
        views.signIn("secretariat");
        UI.getCurrent().setLocale(Locale.JAPANESE);
        UI.getCurrent().navigate("campaigns/" + campaign.id());
        assertThat(_find(Button.class, spec -> spec.withId("transition-allocated"))).isEmpty();

        _click(byId(Button.class, "transition-closed"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(byId(Span.class, "campaign-status").getText()).isEqualTo("締切");
        _click(byId(Button.class, "transition-allocated"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(byId(Span.class, "campaign-status").getText()).isEqualTo("配分済み");
        @SuppressWarnings("unchecked")
        Grid<AllocationRows.Row> table = byId(Grid.class, "allocation-table");
        List<AllocationRows.Row> rows = table.getListDataView().getItems().toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.stream().mapToLong(AllocationRows.Row::requested).sum()).isEqualTo(110);
        assertThat(rows.stream().mapToLong(AllocationRows.Row::allocated).sum()).isEqualTo(100);
        assertThat(rows).allSatisfy(r -> assertThat(r.allocated()).isLessThanOrEqualTo(r.requested()));
        assertThat(byId(Paragraph.class, "allocation-totals").getText())
                .isEqualTo("申込 110 トン、配分 100 トン（提供 100 トン、未配分 0 トン）");
    }
}
