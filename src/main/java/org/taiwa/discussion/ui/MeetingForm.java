package org.taiwa.discussion.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.taiwa.directory.Municipality;
import org.taiwa.discussion.InvalidMeetingException;
import org.taiwa.discussion.InvalidMeetingException.Field;
import org.taiwa.discussion.LinkedThread;
import org.taiwa.discussion.Meeting;
import org.taiwa.discussion.MeetingConflictException;
import org.taiwa.discussion.MeetingDraft;
import org.taiwa.discussion.MeetingMode;
import org.taiwa.discussion.Meetings;
import org.taiwa.discussion.Space;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Schedules a meeting or edits one, in Japan time. The service decides what is valid; its message is
 * shown beside the field it names, and a concurrent edit is shown as such with the member's text kept.
 */
class MeetingForm extends Dialog {

    private final Meetings meetings;
    private final Space space;
    private final Meeting existing;
    private final Consumer<Meeting> saved;
    private final TextField title = new TextField();
    private final DateTimePicker startsAt = new DateTimePicker();
    private final DateTimePicker endsAt = new DateTimePicker();
    private final RadioButtonGroup<MeetingMode> mode = new RadioButtonGroup<>();
    private final TextField place = new TextField();
    private final TextField onlineUrl = new TextField();
    private final MultiSelectComboBox<String> members = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Municipality> municipalities = new MultiSelectComboBox<>();
    private final TextArea agenda = new TextArea();
    private final TextArea minutes = new TextArea();
    private final MultiSelectComboBox<LinkedThread> threads = new MultiSelectComboBox<>();
    private final TextArea documents = new TextArea();
    private final Paragraph problem = new Paragraph();
    private final Map<Field, HasValidation> fields = new EnumMap<>(Field.class);

    /** @param existing the meeting to edit, or null to schedule a new one */
    MeetingForm(Meetings meetings, Space space, Meeting existing, Consumer<Meeting> saved) {
        this.meetings = meetings;
        this.space = space;
        this.existing = existing;
        this.saved = saved;
        setId("meeting-form");
        setHeaderTitle(getTranslation(existing == null ? "meeting.form.new" : "meeting.form.edit"));
        setWidth("min(60rem, 100%)");
        configure();
        fill();
        problem.setId("meeting-form-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        var form = new FormLayout(title, mode, startsAt, endsAt, place, onlineUrl, members, municipalities, agenda,
                minutes, threads, documents);
        for (Component wide : List.<Component>of(title, members, municipalities, agenda, minutes, threads,
                documents)) {
            form.setColspan(wide, 2);
        }
        add(problem, form);
        var save = new Button(getTranslation("meeting.form.save"), e -> save());
        save.setId("meeting-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var close = new Button(getTranslation("meeting.form.close"), e -> close());
        getFooter().add(close, save);
    }

    private void configure() {
        field(title, Field.TITLE, "meeting-title-field", "meeting.form.title");
        title.setMaxLength(MeetingDraft.MAX_TITLE);
        title.setRequired(true);
        for (DateTimePicker picker : List.of(startsAt, endsAt)) {
            picker.setLocale(getLocale());
            picker.setStep(Duration.ofMinutes(15));
        }
        field(startsAt, null, "meeting-starts", "meeting.form.starts");
        field(endsAt, Field.TIME, "meeting-ends", "meeting.form.ends");
        mode.setItems(MeetingMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("enum.MeetingMode." + m.name()));
        field(mode, Field.MODE, "meeting-mode", "meeting.form.mode");
        field(place, Field.PLACE, "meeting-place", "meeting.form.place");
        field(onlineUrl, Field.ONLINE_URL, "meeting-url", "meeting.form.url");
        onlineUrl.setPlaceholder("https://");
        field(members, Field.MEMBERS, "meeting-members", "meeting.form.members");
        members.setAllowCustomValue(true);
        members.addCustomValueSetListener(e -> addMember(e.getDetail()));
        field(municipalities, Field.MUNICIPALITIES, "meeting-municipalities", "meeting.form.municipalities");
        municipalities.setItems(meetings.municipalities());
        municipalities.setItemLabelGenerator(m -> m.name(getLocale()));
        field(agenda, Field.AGENDA, "meeting-agenda", "meeting.form.agenda");
        field(minutes, Field.MINUTES, "meeting-minutes", "meeting.form.minutes");
        for (TextArea markdown : List.of(agenda, minutes)) {
            markdown.setHelperText(getTranslation("discussion.markdown-help"));
            markdown.setMinHeight("6rem");
        }
        field(threads, Field.THREADS, "meeting-threads", "meeting.form.threads");
        // the space's threads and whatever the meeting links already, even if older than the list goes back
        Set<LinkedThread> linkable = new LinkedHashSet<>(existing == null ? List.of() : existing.threads());
        meetings.linkableThreads(space.id()).forEach(t -> linkable.add(new LinkedThread(t.id(), t.title())));
        threads.setItems(linkable);
        threads.setItemLabelGenerator(LinkedThread::title);
        field(documents, Field.DOCUMENTS, "meeting-documents", "meeting.form.documents");
    }

    /** @param field what the service's messages about it are called; null for none of its own */
    private void field(HasLabel component, Field field, String id, String label) {
        component.setLabel(getTranslation(label));
        ((Component) component).setId(id);
        if (field != null) {
            fields.put(field, (HasValidation) component);
        }
    }

    private void fill() {
        Set<String> memberItems = new LinkedHashSet<>(space.memberUsernames());
        if (existing == null) {
            var start = LocalDate.now(MeetingTimes.TOKYO).plusDays(7).atTime(LocalTime.of(14, 0));
            startsAt.setValue(start);
            endsAt.setValue(start.plusHours(2));
            mode.setValue(MeetingMode.IN_PERSON);
            members.setItems(memberItems);
            municipalities.setValue(meetings.municipalities().stream()
                    .filter(m -> space.memberMunicipalities().contains(m.nameJa())).toList());
            return;
        }
        title.setValue(existing.title());
        startsAt.setValue(MeetingTimes.local(existing.startsAt()));
        endsAt.setValue(MeetingTimes.local(existing.endsAt()));
        mode.setValue(existing.mode());
        place.setValue(existing.place());
        onlineUrl.setValue(existing.onlineUrl());
        memberItems.addAll(existing.memberUsernames());
        members.setItems(memberItems);
        members.setValue(existing.memberUsernames());
        municipalities.setValue(meetings.municipalities().stream()
                .filter(m -> existing.municipalityCodes().contains(m.id().value())).toList());
        agenda.setValue(existing.agenda());
        minutes.setValue(existing.minutes());
        threads.setValue(existing.threads());
        documents.setValue(DocumentLines.format(existing.documents()));
    }

    private void addMember(String typed) {
        String username = typed.strip();
        if (username.isEmpty()) {
            return;
        }
        Set<String> chosen = new LinkedHashSet<>(members.getValue());
        List<String> items = new ArrayList<>(members.getListDataView().getItems().toList());
        if (!items.contains(username)) {
            items.add(username);
        }
        chosen.add(username);
        members.setItems(items);
        members.setValue(chosen);
    }

    private void save() {
        fields.values().forEach(f -> f.setInvalid(false));
        startsAt.setInvalid(false);
        problem.setVisible(false);
        try {
            MeetingDraft draft = new MeetingDraft(title.getValue(), MeetingTimes.instant(startsAt.getValue()),
                    MeetingTimes.instant(endsAt.getValue()), mode.getValue(), place.getValue(), onlineUrl.getValue(),
                    List.copyOf(members.getValue()), municipalities.getValue().stream().map(m -> m.id().value()).toList(),
                    agenda.getValue(), minutes.getValue(), threads.getValue().stream().map(LinkedThread::id).toList(),
                    DocumentLines.parse(documents.getValue()));
            Meeting meeting = existing == null ? meetings.schedule(space.id(), draft)
                    : meetings.update(existing.id(), existing.version(), draft);
            close();
            saved.accept(meeting);
        } catch (InvalidMeetingException e) {
            HasValidation target = e.field() == Field.TIME && startsAt.isEmpty() ? startsAt : fields.get(e.field());
            String message = getTranslation(e.getCodes()[0], e.getArguments());
            if (target == null) {
                showProblem(message);
            } else {
                target.setErrorMessage(message);
                target.setInvalid(true);
            }
        } catch (MeetingConflictException e) {
            showProblem(getTranslation(e.getCodes()[0]));
        }
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }
}
