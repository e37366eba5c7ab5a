package org.taiwa.security.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.Resource;
import org.taiwa.security.Role;

/**
 * Reads the demo accounts: columns {@code username,password,displayName,municipality,roles}, the
 * municipality as its Japanese name, roles separated by {@code |}.
 */
final class DemoAccounts {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true)
            .setCommentMarker('#').get();

    private DemoAccounts() {
    }

    static List<DemoAccount> read(Resource resource) {
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the demo accounts from " + resource.getDescription(), e);
        }
    }

    static List<DemoAccount> read(Reader reader) throws IOException {
        var accounts = new ArrayList<DemoAccount>();
        var usernames = new HashSet<String>();
        for (CSVRecord row : FORMAT.parse(reader)) {
            var account = toAccount(row);
            if (!usernames.add(account.username())) {
                throw new IllegalArgumentException("line " + row.getRecordNumber() + ": duplicate username "
                        + account.username());
            }
            accounts.add(account);
        }
        return accounts;
    }

    private static DemoAccount toAccount(CSVRecord row) {
        var roles = EnumSet.noneOf(Role.class);
        Arrays.stream(row.get("roles").split("\\|")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Role::fromKey).forEach(roles::add);
        String municipality = row.get("municipality");
        try {
            return new DemoAccount(row.get("username"), row.get("password"), row.get("displayName"),
                    municipality.isBlank() ? null : municipality, roles);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("line " + row.getRecordNumber() + ": " + e.getMessage(), e);
        }
    }
}
