package org.taiwa.offset.ui;

import java.time.Year;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.taiwa.offset.Factor;
import org.taiwa.offset.FactorSet;
import org.taiwa.offset.FactorSetStatus;
import org.taiwa.offset.FactorSets;
import org.taiwa.security.Roles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;

import jakarta.annotation.security.RolesAllowed;

/**
 * For the secretariat: the factor sets with their status; a new set is a copy of one, edited while it is a draft,
 * then activated (after a confirmation: new calculations use it, saved footprints keep theirs).
 */
@Route("admin/offset-factors")
@Menu(title = "nav.offset-factors", order = 86)
@RolesAllowed(Roles.SECRETARIAT)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
class FactorSetsView extends VerticalLayout implements HasDynamicTitle {

    private final FactorSets sets;
    private final OffsetTexts texts;
    private final Grid<FactorSet> grid = new Grid<>();
    private final Grid<Factor> factors = new Grid<>();
    private final H2 selected = new H2();
    private FactorSet current;

    FactorSetsView(FactorSets sets) {
        this.sets = sets;
        this.texts = OffsetTexts.of(this);
        grid.setId("offset-sets");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(FactorSet::name).setHeader(getTranslation("offset.admin.name")).setAutoWidth(true);
        grid.addColumn(FactorSet::fiscalYear).setHeader(getTranslation("offset.admin.fiscal-year")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation("offset.status." + s.status().name().toLowerCase()))
                .setHeader(getTranslation("offset.admin.status")).setAutoWidth(true);
        grid.addColumn(s -> s.factors().size()).setHeader(getTranslation("offset.admin.count")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> showFactors(e.getValue()));
        configureFactors();
        selected.setId("offset-selected-set");
        add(new H1(getTranslation("offset.admin.title")), new Paragraph(getTranslation("offset.admin.explain")), grid,
                selected, factors);
        refresh(null);
    }

    private HorizontalLayout actions(FactorSet set) {
        var copy = new Button(getTranslation("offset.admin.copy"), e -> copyDialog(set).open());
        copy.setId("offset-copy-" + set.id());
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var actions = new HorizontalLayout(copy);
        if (set.status() == FactorSetStatus.DRAFT) {
            var activate = new Button(getTranslation("offset.admin.activate"), e -> confirmActivation(set).open());
            activate.setId("offset-activate-" + set.id());
            activate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(activate);
        }
        return actions;
    }

    private Dialog copyDialog(FactorSet source) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("offset.admin.copy-title", source.name()));
        var name = new TextField(getTranslation("offset.admin.name"));
        name.setId("offset-copy-name");
        name.setValue(source.name());
        var year = new IntegerField(getTranslation("offset.admin.fiscal-year"));
        year.setId("offset-copy-year");
        year.setValue(Math.max(source.fiscalYear() + 1, Year.now().getValue()));
        year.setMin(1990);
        year.setMax(2100);
        var create = new Button(getTranslation("offset.admin.copy"), e -> {
            if (name.getValue().isBlank() || year.getValue() == null || year.getValue() < 1990
                    || year.getValue() > 2100) {
                name.setInvalid(name.getValue().isBlank());
                name.setErrorMessage(getTranslation("offset.admin.required"));
                year.setInvalid(true);
                year.setErrorMessage(getTranslation("offset.admin.fiscal-year-range"));
                return;
            }
            run(() -> refresh(sets.copy(source.id(), name.getValue().strip(), year.getValue())));
            dialog.close();
        });
        create.setId("offset-copy-confirm");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(name, year));
        dialog.getFooter().add(new Button(getTranslation("offset.admin.cancel"), e -> dialog.close()), create);
        return dialog;
    }

    private ConfirmDialog confirmActivation(FactorSet set) {
        var dialog = new ConfirmDialog(getTranslation("offset.admin.activate-title", set.name()),
                getTranslation("offset.admin.activate-text"), getTranslation("offset.admin.activate"),
                e -> run(() -> refresh(sets.activate(set.id()))));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("offset.admin.cancel"));
        dialog.setId("offset-activate-confirm");
        return dialog;
    }

    private void configureFactors() {
        factors.setId("offset-factors");
        factors.addThemeVariants(GridVariant.LUMO_COMPACT);
        factors.addColumn(f -> texts.category(f.category())).setHeader(getTranslation("offset.result.category"))
                .setAutoWidth(true);
        factors.addColumn(f -> texts.item(f.item())).setHeader(getTranslation("offset.result.item")).setAutoWidth(true);
        factors.addColumn(f -> texts.number(f.value(), 6) + " " + f.valueUnit())
                .setHeader(getTranslation("offset.result.factor")).setAutoWidth(true);
        factors.addColumn(f -> f.estimate() ? getTranslation("offset.result.estimate-badge") : "")
                .setAutoWidth(true);
        factors.addColumn(f -> f.source().citation()).setHeader(getTranslation("offset.result.source"))
                .setFlexGrow(1);
        factors.addComponentColumn(f -> {
            var edit = new Button(getTranslation("offset.admin.edit-button"), e -> new FactorEditor(f, texts,
                    edited -> run(() -> refresh(sets.updateFactor(current.id(), f.category(), f.item(),
                            edited.value(), edited.estimate(), edited.source())))).open());
            edit.setId("offset-edit-" + f.category().code() + "-" + f.item());
            edit.setEnabled(current != null && current.status() == FactorSetStatus.DRAFT);
            return edit;
        }).setKey("edit").setAutoWidth(true);
        factors.setAllRowsVisible(true);
    }

    private void showFactors(FactorSet set) {
        current = set;
        selected.setText(set == null ? "" : getTranslation("offset.admin.factors-of", set.name(), set.fiscalYear()));
        factors.setItems(set == null ? List.of() : set.factors());
    }

    /** Reloads the sets and shows {@code focus} (the one just changed), or nothing. */
    private void refresh(FactorSet focus) {
        grid.setItems(sets.all());
        if (focus != null) {
            grid.getListDataView().getItems().filter(s -> s.id().equals(focus.id())).findFirst()
                    .ifPresent(grid::select);
        }
        showFactors(focus == null ? null : sets.find(focus.id()).orElse(focus));
    }

    /** A refusal or a rule the registry enforces (e.g. only drafts change) becomes a message, not an error page. */
    private void run(Runnable action) {
        try {
            action.run();
        } catch (AccessDeniedException e) {
            Notification.show(getTranslation("offset.admin.denied"));
        } catch (RuntimeException e) {
            if (!(e instanceof MessageSourceResolvable problem)) {
                throw e;
            }
            Notification.show(getTranslation(problem.getCodes()[0], problem.getArguments()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("offset.admin.title");
    }
}
