package org.taiwa.library.ui;

import java.util.ArrayList;
import java.util.List;

import org.taiwa.library.DiscussionLink;
import org.taiwa.library.ImplementationModel;
import org.taiwa.library.ModelMapCell;
import org.taiwa.library.PolicyDocument;
import org.taiwa.library.PolicyLibrary;
import org.taiwa.library.PolicyStage;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/**
 * The implementation models × policy stages: each cell lists the documents (and discussions) of a model
 * at a stage, so that a municipality starting a model can follow how others went from idea to
 * implementation. The last column holds what is about the model in general.
 */
@Route("library/models")
@Menu(title = "nav.library-models", order = 21)
@PermitAll
class ModelMapView extends VerticalLayout implements HasDynamicTitle {

    ModelMapView(PolicyLibrary library) {
        var map = new Div();
        map.setId("model-map");
        map.addClassName("taiwa-model-map");
        var stages = new ArrayList<PolicyStage>(List.of(PolicyStage.values()));
        stages.add(null);
        map.add(head(getTranslation("models.model")));
        stages.forEach(stage -> map.add(head(stage == null ? getTranslation("library.model.general")
                : LibraryText.label(this, stage))));
        List<ModelMapCell> cells = library.modelMap();
        for (ImplementationModel model : ImplementationModel.values()) {
            map.add(head(LibraryText.label(this, model)));
            for (PolicyStage stage : stages) {
                cells.stream().filter(c -> c.model() == model && c.stage() == stage).findFirst()
                        .ifPresent(cell -> map.add(cell(cell)));
            }
        }
        add(new H1(getTranslation("models.title")), new Paragraph(getTranslation("models.explain")), map);
    }

    private Component cell(ModelMapCell cell) {
        var div = new Div();
        div.setId("model-" + cell.model().number() + "-" + (cell.stage() == null ? "general"
                : cell.stage().name().toLowerCase(java.util.Locale.ROOT)));
        for (PolicyDocument document : cell.documents()) {
            var link = new RouterLink(document.title(), DocumentView.class,
                    new RouteParameters("documentId", document.id().value()));
            var year = new Span(" " + document.metadata().fiscalYear().eraLabel());
            year.addClassName("taiwa-post-meta");
            div.add(new Div(link, year));
        }
        for (DiscussionLink discussion : cell.discussions()) {
            var link = new Anchor(discussion.path(), "💬 " + discussion.title());
            div.add(new Div(link));
        }
        return div;
    }

    private static Div head(String text) {
        var head = new Div(new Span(text));
        head.addClassName("taiwa-model-head");
        return head;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("models.title") + " | " + getTranslation("app.name");
    }
}
