package org.taiwa.library.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.library.DocumentMetadata;
import org.taiwa.library.DocumentType;
import org.taiwa.library.FiscalYear;
import org.taiwa.library.ImplementationModel;
import org.taiwa.library.PolicyStage;
import org.taiwa.library.SpaceRef;
import org.taiwa.security.policy.Visibility;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

/**
 * The details of a document, for uploading (where each file brings its own title) and editing. The
 * service checks the same rules again; the form only says early what is missing.
 */
class MetadataForm extends FormLayout {

    /** What the form edits; the service gets a {@link DocumentMetadata} made from it. */
    static final class Draft {
        String title = "";
        String summary = "";
        DocumentType type;
        FiscalYear fiscalYear;
        Set<Municipality> municipalities = new LinkedHashSet<>();
        SpaceRef space;
        ImplementationModel model;
        PolicyStage stage;
        String tags = "";
        Visibility visibility = Visibility.ALL_MUNICIPALITIES;
        String author = "";
    }

    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();
    private final Map<MunicipalityId, Municipality> municipalities;
    private final List<SpaceRef> spaces;
    private final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>();
    private final ComboBox<SpaceRef> space = new ComboBox<>();

    MetadataForm(List<Municipality> municipalities, List<SpaceRef> spaces, boolean withTitle) {
        this.municipalities = LibraryText.byId(municipalities);
        this.spaces = new ArrayList<>(spaces);
        String required = getTranslation("form.required");
        if (withTitle) {
            var title = field(new TextField(getTranslation("form.title")), "form-title");
            title.setMaxLength(DocumentMetadata.MAX_TITLE);
            binder.forField(title).asRequired(required).bind(d -> d.title, (d, v) -> d.title = v);
            setColspan(title, 2);
        }
        var type = field(new Select<DocumentType>(), "form-type");
        type.setLabel(getTranslation("form.type"));
        type.setItems(DocumentType.values());
        type.setItemLabelGenerator(t -> LibraryText.label(this, t));
        binder.forField(type).asRequired(required).bind(d -> d.type, (d, v) -> d.type = v);
        binder.forField(yearField()).asRequired(getTranslation("form.year.invalid"))
                .bind(d -> d.fiscalYear, (d, v) -> d.fiscalYear = v);
        var places = field(new MultiSelectComboBox<Municipality>(getTranslation("form.municipalities")),
                "form-municipalities");
        places.setItems(municipalities);
        places.setItemLabelGenerator(m -> m.name(getLocale()));
        places.setHelperText(getTranslation("form.municipalities.help"));
        binder.forField(places).bind(d -> d.municipalities, (d, v) -> d.municipalities = new LinkedHashSet<>(v));
        setColspan(places, 2);
        visibility.setId("form-visibility");
        visibility.setLabel(getTranslation("form.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> LibraryText.label(this, v));
        add(visibility);
        binder.forField(visibility).asRequired(required).bind(d -> d.visibility, (d, v) -> d.visibility = v);
        field(space, "form-space").setLabel(getTranslation("form.space"));
        space.setItems(this.spaces);
        space.setItemLabelGenerator(s -> s.name(getLocale()));
        space.setClearButtonVisible(true);
        binder.forField(space).withValidator(s -> s != null || visibility.getValue() != Visibility.MEMBERS_ONLY,
                getTranslation("library.error.space-required")).bind(d -> d.space, (d, v) -> d.space = v);
        visibility.addValueChangeListener(e -> binder.validate());
        var model = field(new ComboBox<ImplementationModel>(getTranslation("form.model")), "form-model");
        model.setItems(ImplementationModel.values());
        model.setItemLabelGenerator(m -> LibraryText.label(this, m));
        model.setClearButtonVisible(true);
        binder.forField(model).bind(d -> d.model, (d, v) -> d.model = v);
        var stage = field(new ComboBox<PolicyStage>(getTranslation("form.stage")), "form-stage");
        stage.setItems(PolicyStage.values());
        stage.setItemLabelGenerator(s -> LibraryText.label(this, s));
        stage.setClearButtonVisible(true);
        binder.forField(stage).bind(d -> d.stage, (d, v) -> d.stage = v);
        var tags = field(new TextField(getTranslation("form.tags")), "form-tags");
        tags.setHelperText(getTranslation("form.tags.help"));
        binder.forField(tags).bind(d -> d.tags, (d, v) -> d.tags = v);
        var author = field(new TextField(getTranslation("form.author")), "form-author");
        author.setMaxLength(DocumentMetadata.MAX_AUTHOR);
        binder.forField(author).bind(d -> d.author, (d, v) -> d.author = v);
        var summary = field(new TextArea(getTranslation("form.summary")), "form-summary");
        summary.setMaxLength(DocumentMetadata.MAX_SUMMARY);
        binder.forField(summary).bind(d -> d.summary, (d, v) -> d.summary = v);
        setColspan(summary, 2);
        binder.readBean(draft);
    }

    /** Shows what is missing; true when the form can be saved. */
    boolean validate() {
        return binder.writeBeanIfValid(draft);
    }

    /** The details with the form's own title. */
    DocumentMetadata metadata() {
        return metadata(draft.title);
    }

    /** The details with another title (each uploaded file has its own). */
    DocumentMetadata metadata(String title) {
        List<String> tagList = Arrays.stream(draft.tags.split("[,、，]")).map(String::strip)
                .filter(t -> !t.isEmpty()).toList();
        return new DocumentMetadata(title, draft.summary, draft.type, draft.fiscalYear,
                draft.municipalities.stream().map(Municipality::id).toList(),
                draft.space == null ? null : draft.space.id(), draft.model, draft.stage, tagList, draft.visibility,
                draft.author);
    }

    /** Fills the form from a document's details, for editing. */
    void read(DocumentMetadata metadata, SpaceRef currentSpace) {
        if (currentSpace != null && !spaces.contains(currentSpace)) {
            spaces.add(currentSpace);
            space.setItems(spaces);
        }
        draft.title = metadata.title();
        draft.summary = metadata.summary();
        draft.type = metadata.type();
        draft.fiscalYear = metadata.fiscalYear();
        draft.municipalities = new LinkedHashSet<>(metadata.municipalities().stream().map(municipalities::get)
                .filter(Objects::nonNull).toList());
        draft.space = currentSpace;
        draft.model = metadata.model();
        draft.stage = metadata.stage();
        draft.tags = String.join(", ", metadata.tags());
        draft.visibility = metadata.visibility();
        draft.author = metadata.author();
        binder.readBean(draft);
    }

    /** Fiscal years from a list, or typed as 平成23年度, H23 or 2011. */
    private ComboBox<FiscalYear> yearField() {
        var year = field(new ComboBox<FiscalYear>(getTranslation("form.year")), "form-year");
        int current = LocalDate.now(ZoneId.of("Asia/Tokyo")).minusMonths(3).getYear();
        var years = new ArrayList<FiscalYear>();
        for (int y = current + 1; y >= 1989; y--) {
            years.add(FiscalYear.of(y));
        }
        year.setItems((item, filter) -> item.label(getLocale()).contains(filter) || item.aliases().stream()
                .anyMatch(a -> a.toLowerCase(Locale.ROOT).startsWith(filter.toLowerCase(Locale.ROOT))), years);
        year.setItemLabelGenerator(y -> y.label(getLocale()));
        year.setHelperText(getTranslation("form.year.help"));
        year.setAllowCustomValue(true);
        year.addCustomValueSetListener(e -> FiscalYear.parse(e.getDetail()).ifPresentOrElse(year::setValue, () -> {
            year.setInvalid(true);
            year.setErrorMessage(getTranslation("form.year.invalid"));
        }));
        return year;
    }

    private <T extends com.vaadin.flow.component.Component> T field(T component, String id) {
        component.setId(id);
        add(component);
        return component;
    }
}
