package org.taiwa.purchase.ui;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.purchase.Campaign;
import org.taiwa.purchase.CampaignStatus;
import org.taiwa.purchase.Campaigns;
import org.taiwa.purchase.CreditProject;
import org.taiwa.purchase.SignUp;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * The secretariat's part of a campaign page: the transitions its status allows (each confirmed first), every
 * sign-up, the allocation table once allocated, and the exports.
 */
final class SecretariatPanel extends Composite<VerticalLayout> {

    SecretariatPanel(Campaign campaign, List<SignUp> signUps, Campaigns campaigns, MunicipalityDirectory directory,
                     PurchaseUiProperties properties, Runnable refresh) {
        var texts = PurchaseTexts.of(this);
        VerticalLayout content = getContent();
        content.setId("secretariat-panel");
        content.setPadding(false);
        content.add(new H2(texts.get("purchase.secretariat.title")));
        var transitions = new HorizontalLayout();
        campaign.status().next().stream().sorted().forEach(to -> transitions.add(transition(campaign, to, campaigns,
                texts, refresh)));
        content.add(transitions);

        Map<MunicipalityId, Municipality> municipalities = directory.all().stream()
                .collect(Collectors.toMap(Municipality::id, m -> m));
        Function<SignUp, String> name = s -> municipalities.containsKey(s.municipality())
                ? municipalities.get(s.municipality()).name(texts.locale()) : s.municipality().value();
        List<SignUp> ordered = signUps.stream().sorted(Comparator.comparingLong(SignUp::sequence)).toList();
        content.add(new H2(texts.get("purchase.secretariat.sign-ups", ordered.size())), signUpGrid(ordered, name,
                texts));

        AllocationRows allocation = AllocationRows.of(campaign, ordered, name);
        if (campaign.status() == CampaignStatus.ALLOCATED || campaign.status() == CampaignStatus.SETTLED) {
            content.add(new H2(texts.get("purchase.allocation.title")), new AllocationTable(allocation, texts));
        }
        CreditProject project = campaigns.project(campaign.projectId()).orElse(null);
        var signUpTable = PurchaseExports.signUps(ordered, name, texts);
        var allocationTable = PurchaseExports.allocation(allocation, texts);
        var invoiceTable = PurchaseExports.invoices(campaign, project, allocation, properties.consumptionTaxPercent(),
                texts);
        content.add(new H2(texts.get("purchase.export.title")), new HorizontalLayout(
                csv("export-sign-ups-csv", signUpTable, campaign, texts),
                csv("export-allocation-csv", allocationTable, campaign, texts),
                csv("export-invoices-csv", invoiceTable, campaign, texts),
                xlsx(List.of(signUpTable, allocationTable, invoiceTable), campaign, texts)));
    }

    private static Button transition(Campaign campaign, CampaignStatus to, Campaigns campaigns, PurchaseTexts texts,
                                     Runnable refresh) {
        var button = new Button(texts.get("purchase.transition." + to.code()), e -> {
            var dialog = new ConfirmDialog(texts.get("purchase.transition.confirm-title", texts.status(to)),
                    texts.get("purchase.transition.confirm-text", campaign.title(), texts.status(campaign.status()),
                            texts.status(to)), texts.get("purchase.transition." + to.code()), confirmed -> {
                                campaigns.transition(campaign.id(), to);
                                Notification.show(texts.get("purchase.transition.done", texts.status(to)));
                                refresh.run();
                            });
            dialog.setId("transition-dialog");
            dialog.setCancelable(true);
            dialog.setCancelText(texts.get("purchase.cancel"));
            dialog.open();
        });
        button.setId("transition-" + to.code());
        return button;
    }

    private static Grid<SignUp> signUpGrid(List<SignUp> signUps, Function<SignUp, String> name, PurchaseTexts texts) {
        var grid = new Grid<SignUp>();
        grid.setId("campaign-sign-ups");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        // frozen: on a phone the other columns scroll inside the list and the municipality stays beside them
        grid.addColumn(name::apply).setHeader(texts.get("purchase.municipality")).setAutoWidth(true).setFrozen(true);
        grid.addColumn(s -> texts.number(s.request().tonnes())).setHeader(texts.get("purchase.signup.tonnes"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.request().contact().name()).setHeader(texts.get("purchase.signup.contact-name"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.withdrawn() ? texts.get("purchase.state.withdrawn") : s.approved()
                ? texts.get("purchase.state.approved-short") : texts.get("purchase.state.pending"))
                .setHeader(texts.get("purchase.export.approved-by")).setAutoWidth(true);
        grid.addColumn(s -> texts.placement(s.placement())).setHeader(texts.get("purchase.export.placement"))
                .setAutoWidth(true);
        grid.setItems(signUps);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static String fileName(Campaign campaign, ExportTable table, String extension) {
        return (campaign.id() + "-" + table.name()).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}\\s]", "_") + "." + extension;
    }

    private static Anchor csv(String id, ExportTable table, Campaign campaign, PurchaseTexts texts) {
        DownloadHandler handler = event -> {
            event.setFileName(fileName(campaign, table, "csv"));
            event.setContentType("text/csv; charset=UTF-8");
            try (var out = event.getOutputStream()) {
                ExportWriters.csv(table, out);
            }
        };
        var anchor = new Anchor(handler, AttachmentType.DOWNLOAD, texts.get("purchase.export.csv", table.name()));
        anchor.setId(id);
        return anchor;
    }

    private static Anchor xlsx(List<ExportTable> tables, Campaign campaign, PurchaseTexts texts) {
        DownloadHandler handler = event -> {
            event.setFileName(campaign.id() + ".xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            try (var out = event.getOutputStream()) {
                ExportWriters.xlsx(tables, out);
            } catch (IOException e) {
                event.getResponse().setStatus(500);
            }
        };
        var anchor = new Anchor(handler, AttachmentType.DOWNLOAD, texts.get("purchase.export.xlsx"));
        anchor.setId("export-xlsx");
        return anchor;
    }
}
