package org.taiwa.discussion.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.taiwa.directory.Municipality;
import org.taiwa.discussion.Attendance;
import org.taiwa.discussion.InvalidMeetingException;
import org.taiwa.discussion.Meeting;
import org.taiwa.discussion.MeetingAttendance;
import org.taiwa.discussion.MeetingConflictException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Records who attended: starts from the earlier record, or from the invitations when there is none,
 * so that one usually only takes away the absent.
 */
class AttendanceDialog extends Dialog {

    private final MultiSelectComboBox<String> members = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Municipality> municipalities = new MultiSelectComboBox<>();
    private final Paragraph problem = new Paragraph();

    AttendanceDialog(MeetingAttendance attendance, List<Municipality> directory, Meeting meeting,
                     Consumer<Meeting> saved) {
        setId("attendance-form");
        setHeaderTitle(getTranslation("meeting.attendance.form"));
        setWidth("min(48rem, 100%)");
        Attendance recorded = meeting.attendance().orElse(null);
        List<String> presentMembers = recorded == null ? meeting.memberUsernames() : recorded.memberUsernames();
        List<String> presentCodes = recorded == null ? meeting.municipalityCodes() : recorded.municipalityCodes();

        Set<String> memberItems = new LinkedHashSet<>(meeting.memberUsernames());
        memberItems.addAll(presentMembers);
        members.setLabel(getTranslation("meeting.attendance.members"));
        members.setId("attendance-members");
        members.setItems(memberItems);
        members.setValue(presentMembers);
        members.setAllowCustomValue(true);
        members.addCustomValueSetListener(e -> {
            List<String> items = new ArrayList<>(members.getListDataView().getItems().toList());
            Set<String> chosen = new LinkedHashSet<>(members.getValue());
            items.add(e.getDetail().strip());
            chosen.add(e.getDetail().strip());
            members.setItems(items);
            members.setValue(chosen);
        });
        members.setWidthFull();
        municipalities.setLabel(getTranslation("meeting.attendance.municipalities"));
        municipalities.setId("attendance-municipalities");
        municipalities.setItems(directory);
        municipalities.setItemLabelGenerator(m -> m.name(getLocale()));
        municipalities.setValue(directory.stream().filter(m -> presentCodes.contains(m.id().value())).toList());
        municipalities.setWidthFull();
        problem.setVisible(false);
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        add(new VerticalLayout(problem, members, municipalities));

        var save = new Button(getTranslation("meeting.form.save"), e -> {
            try {
                Meeting updated = attendance.record(meeting.id(), meeting.version(), List.copyOf(members.getValue()),
                        municipalities.getValue().stream().map(m -> m.id().value()).toList());
                close();
                saved.accept(updated);
            } catch (InvalidMeetingException ex) {
                members.setErrorMessage(getTranslation(ex.getCodes()[0], ex.getArguments()));
                members.setInvalid(true);
            } catch (MeetingConflictException ex) {
                problem.setText(getTranslation(ex.getCodes()[0]));
                problem.setVisible(true);
            }
        });
        save.setId("attendance-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("meeting.form.close"), e -> close()), save);
    }
}
