package org.taiwa.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.taiwa.security.Role;

class DemoAccountsTest {

    private static List<DemoAccount> accounts;

    @BeforeAll
    static void readProjectFile() throws IOException {
        try (var reader = Files.newBufferedReader(Path.of("config/demo-accounts.csv"), StandardCharsets.UTF_8)) {
            accounts = DemoAccounts.read(reader);
        }
    }

    @Test
    void every_one_of_the_62_municipalities_has_a_staff_account() throws IOException {
        Set<String> municipalities;
        try (var reader = Files.newBufferedReader(Path.of("config/tokyo-62-municipalities.csv"), StandardCharsets.UTF_8)) {
            municipalities = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .stream().map(r -> r.get("name_ja")).collect(Collectors.toSet());
        }
        Set<String> staffed = accounts.stream().filter(a -> a.roles().contains(Role.MEMBER))
                .map(DemoAccount::municipality).collect(Collectors.toSet());
        assertThat(municipalities).hasSize(62);
        assertThat(staffed).containsAll(municipalities);
    }

    @Test
    void there_are_approvers_an_academic_a_moderator_and_the_secretariat() {
        assertThat(accounts.stream().filter(a -> a.roles().contains(Role.APPROVER))).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(a -> assertThat(a.municipality()).isNotBlank());
        assertThat(accounts).anySatisfy(a -> assertThat(a.roles()).containsExactly(Role.ACADEMIC));
        assertThat(accounts).anySatisfy(a -> assertThat(a.roles()).contains(Role.MODERATOR));
        assertThat(accounts).anySatisfy(a -> assertThat(a.roles()).containsExactly(Role.SECRETARIAT));
    }

    @Test
    void roles_are_separated_by_a_bar_and_municipality_may_be_empty() throws IOException {
        var read = DemoAccounts.read(new StringReader("""
                username,password,displayName,municipality,roles
                a,pw,A,港区,member|approver
                b,pw,B,,academic
                """));
        assertThat(read.get(0).roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.APPROVER);
        assertThat(read.get(1).municipality()).isNull();
        assertThat(read.get(1).member().municipality()).isEmpty();
        assertThat(read.get(0).member().municipality()).contains("港区");
    }

    @Test
    void a_duplicate_username_or_an_unknown_role_is_rejected_with_its_line() {
        assertThatThrownBy(() -> DemoAccounts.read(new StringReader("""
                username,password,displayName,municipality,roles
                a,pw,A,港区,member
                a,pw,A2,港区,member
                """))).hasMessageContaining("line 2").hasMessageContaining("duplicate username a");
        assertThatThrownBy(() -> DemoAccounts.read(new StringReader("""
                username,password,displayName,municipality,roles
                a,pw,A,港区,mayor
                """))).hasMessageContaining("unknown role: mayor");
    }
}
