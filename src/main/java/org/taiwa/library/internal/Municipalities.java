package org.taiwa.library.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.library.InvalidDocumentException;

/** Municipalities as clients name them (codes, Japanese or English names) and as documents store them (codes). */
@Component
public class Municipalities {

    private final MunicipalityDirectory directory;

    Municipalities(MunicipalityDirectory directory) {
        this.directory = directory;
    }

    /**
     * {@code minato}, {@code 港区} or {@code Minato}, each value possibly a comma-separated list.
     *
     * @throws InvalidDocumentException naming those the directory does not know
     */
    public List<MunicipalityId> resolve(List<String> names) {
        Map<String, MunicipalityId> known = lookup();
        var resolved = new LinkedHashSet<MunicipalityId>();
        var unknown = new ArrayList<String>();
        for (String value : names == null ? List.<String>of() : names) {
            for (String name : value.split("[,、，]")) {
                String clean = name.strip();
                if (clean.isEmpty()) {
                    continue;
                }
                MunicipalityId id = known.get(clean.toLowerCase(Locale.ROOT));
                if (id == null) {
                    unknown.add(clean);
                } else {
                    resolved.add(id);
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw unknown(unknown);
        }
        return List.copyOf(resolved);
    }

    /** @throws InvalidDocumentException if the directory does not know one of them */
    public void requireKnown(List<MunicipalityId> ids) {
        var codes = directory.all().stream().map(Municipality::id).collect(Collectors.toSet());
        List<String> unknown = ids.stream().filter(id -> !codes.contains(id)).map(MunicipalityId::value).toList();
        if (!unknown.isEmpty()) {
            throw unknown(unknown);
        }
    }

    /** All 62 in the official order. */
    public List<Municipality> all() {
        return directory.all();
    }

    private Map<String, MunicipalityId> lookup() {
        var lookup = new java.util.HashMap<String, MunicipalityId>();
        for (Municipality m : directory.all()) {
            lookup.put(m.id().value(), m.id());
            lookup.put(m.nameJa(), m.id());
            lookup.put(m.nameEn().toLowerCase(Locale.ROOT), m.id());
        }
        return lookup;
    }

    private static InvalidDocumentException unknown(List<String> names) {
        String list = String.join(", ", names);
        return new InvalidDocumentException("library.error.unknown-municipality",
                "Not one of Tokyo's 62 municipalities: " + list + ".", list);
    }
}
