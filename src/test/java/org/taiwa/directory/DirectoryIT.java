package org.taiwa.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.security.MemberSignedIn;
import org.taiwa.security.Role;
import org.taiwa.security.SignedInMember;

@TaiwaIntegrationTest
class DirectoryIT {

    @Autowired
    MunicipalityDirectory directory;
    @Autowired
    MemberProfiles profiles;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    ApplicationContext context;

    @Test
    void seeding_again_leaves_exactly_62_municipalities() throws Exception {
        ApplicationRunner seeder = (ApplicationRunner) context.getBean("municipalitySeeder");
        seeder.run(new DefaultApplicationArguments());
        seeder.run(new DefaultApplicationArguments());
        assertThat(directory.count(MunicipalityFilter.ALL)).isEqualTo(62);
    }

    @Test
    void filters_and_pages_run_in_the_database() {
        assertThat(directory.count(MunicipalityFilter.ALL.withRegion(Region.TAMA))).isEqualTo(30);
        assertThat(directory.count(MunicipalityFilter.ALL.withRegion(Region.ISLANDS)
                .withKind(MunicipalityKind.VILLAGE))).isEqualTo(7);
        assertThat(directory.count(MunicipalityFilter.ALL.withParticipation(Participation.JOINT_PURCHASE_2011)))
                .isEqualTo(35);
        assertThat(directory.find(MunicipalityFilter.ALL.withText("mina"), 0, 10))
                .extracting(Municipality::nameJa).containsExactly("港区");
        assertThat(directory.find(MunicipalityFilter.ALL.withText("(island"), 0, 10))
                .extracting(Municipality::nameJa).containsExactly("利島村");
        assertThat(directory.find(MunicipalityFilter.ALL, 20, 3)).extracting(Municipality::position)
                .containsExactly(21, 22, 23);
    }

    @Test
    void counts_sum_up_the_directory() {
        DirectoryCounts counts = directory.counts();
        assertThat(counts.total()).isEqualTo(62);
        assertThat(counts.byRegion()).containsEntry(Region.WARDS, 23).containsEntry(Region.TAMA, 30)
                .containsEntry(Region.ISLANDS, 9);
        assertThat(counts.byParticipation()).containsEntry(Participation.COMMITTEE_2009_2011, 20)
                .containsEntry(Participation.MODEL_STUDY_2011, 6);
    }

    @Test
    void a_sign_in_creates_the_profile_and_a_later_one_updates_it() {
        var first = Instant.parse("2026-04-01T00:00:00Z");
        var later = Instant.parse("2026-05-01T00:00:00Z");
        events.publishEvent(new MemberSignedIn(new SignedInMember("it.profile", "旧姓 花子", "h@example.org",
                Optional.of("新島村"), Set.of(Role.MEMBER)), first));
        profiles.setLanguage("it.profile", Locale.ENGLISH);
        events.publishEvent(new MemberSignedIn(new SignedInMember("it.profile", "新姓 花子", "h@example.org",
                Optional.of("新島村"), Set.of(Role.MEMBER, Role.APPROVER)), later));

        Member member = profiles.byUsername("it.profile").orElseThrow();
        assertThat(member.displayName()).isEqualTo("新姓 花子");
        assertThat(member.municipality()).contains(new MunicipalityId("niijima"));
        assertThat(member.roles()).containsExactlyInAnyOrder("member", "approver");
        assertThat(member.firstSignIn()).isEqualTo(first);
        assertThat(member.lastSignIn()).isEqualTo(later);
        assertThat(member.language()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void a_municipality_the_directory_does_not_know_leaves_the_profile_without_one() {
        events.publishEvent(new MemberSignedIn(new SignedInMember("it.unknown", "X", "", Optional.of("大阪市"),
                Set.of(Role.MEMBER)), Instant.now()));
        assertThat(profiles.byUsername("it.unknown").orElseThrow().municipality()).isEmpty();
    }
}
