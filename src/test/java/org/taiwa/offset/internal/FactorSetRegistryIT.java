package org.taiwa.offset.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.taiwa.DemoMember;
import org.taiwa.TaiwaIntegrationTest;
import org.taiwa.audit.AuditEntry;
import org.taiwa.audit.AuditFilter;
import org.taiwa.audit.AuditLog;
import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.offset.Category;
import org.taiwa.offset.EventFootprint;
import org.taiwa.offset.EventInputs;
import org.taiwa.offset.FactorSet;
import org.taiwa.offset.FactorSetNotDraftException;
import org.taiwa.offset.FactorSetStatus;
import org.taiwa.offset.FactorSets;
import org.taiwa.offset.InvalidEventInputException;
import org.taiwa.offset.OffsetCalculator;
import org.taiwa.offset.Provenance;
import org.taiwa.security.CurrentMember;
import org.taiwa.storage.Sequences;

/**
 * The registry and the footprints on the embedded server. Activation changes which set every calculation uses,
 * so these tests activate only in a registry of their own (a fresh collection); the application's registry is
 * only read, and checked for its default set.
 */
@TaiwaIntegrationTest
class FactorSetRegistryIT {

    private static final String DEFAULT_ID = "default-2024";
    private static final MunicipalityId MINATO = new MunicipalityId("minato");

    @RegisterExtension
    final DemoMember member = new DemoMember();

    @Autowired
    MongoTemplate mongo;
    @Autowired
    Sequences sequences;
    @Autowired
    CurrentMember currentMember;
    @Autowired
    AuditLog audit;
    @Autowired
    MunicipalityDirectory directory;
    @Autowired
    FactorSets applicationRegistry;
    @Value("classpath:taiwa-config/emission-factors.csv")
    Resource defaultFactors;

    private String collection;
    private FactorSetStore store;
    private MongoFactorSets registry;
    private MongoEventFootprints footprints;

    @BeforeEach
    void ownRegistry() {
        collection = "factor_sets_it_" + UUID.randomUUID().toString().substring(0, 8);
        store = new FactorSetStore(mongo, sequences, collection);
        registry = new MongoFactorSets(store, currentMember, audit, Clock.systemUTC());
        footprints = new MongoEventFootprints(mongo, registry, directory, currentMember, Clock.systemUTC());
    }

    @Test
    void the_application_loaded_the_default_set_once_and_a_second_load_changes_nothing() {
        FactorSet loaded = applicationRegistry.find(DEFAULT_ID).orElseThrow();
        assertThat(loaded.name()).isEqualTo("Taiwa 標準係数 2024");
        assertThat(loaded.fiscalYear()).isEqualTo(2024);
        assertThat(loaded.factor(Category.ELECTRICITY, OffsetCalculator.DEFAULT_ELECTRICITY).orElseThrow().value())
                .isEqualByComparingTo("0.555");
        assertThat(loaded.factor(Category.TRAVEL, "subway").orElseThrow().estimate()).isTrue();
        assertThat(loaded.factor(Category.CITY_GAS, "city_gas").orElseThrow().source().url())
                .isEqualTo("https://support.tokyo-gas.co.jp/faq/show/8954");

        var applicationStore = new FactorSetStore(mongo, sequences, FactorSetDocument.COLLECTION);
        assertThat(OffsetConfiguration.loadDefault(applicationStore, defaultFactors)).isFalse();
        assertThat(applicationRegistry.all()).filteredOn(set -> set.id().equals(DEFAULT_ID)).hasSize(1);
    }

    @Test
    void two_nodes_loading_the_default_at_once_store_it_once() throws Exception {
        Callable<Boolean> load = () -> OffsetConfiguration.loadDefault(store, defaultFactors);
        try (var pool = Executors.newFixedThreadPool(2)) {
            var results = pool.invokeAll(List.of(load, load));
            assertThat(results.get(0).get() ^ results.get(1).get()).as("exactly one stored it").isTrue();
        }
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), collection)).isEqualTo(1);
        assertThat(registry.active().id()).isEqualTo(DEFAULT_ID);
    }

    @Test
    void the_secretariat_copies_edits_and_activates_a_set_and_each_change_is_audited() {
        OffsetConfiguration.loadDefault(store, defaultFactors);
        member.signIn("secretariat");
        Instant before = Instant.now().minusMillis(1);

        FactorSet draft = registry.copy(DEFAULT_ID, "IT 係数 " + collection, 2025);
        assertThat(draft.status()).isEqualTo(FactorSetStatus.DRAFT);
        assertThat(draft.factors()).hasSameSizeAs(registry.find(DEFAULT_ID).orElseThrow().factors());

        var source = new Provenance("東京電力エナジーパートナー", "2023年度 CO2排出係数", "2023年度実績", "", "");
        FactorSet edited = registry.updateFactor(draft.id(), Category.ELECTRICITY, "grid_default",
                new BigDecimal("0.450"), false, source);
        assertThat(edited.factor(Category.ELECTRICITY, "grid_default").orElseThrow().value())
                .isEqualByComparingTo("0.450");
        assertThat(edited.factor(Category.ELECTRICITY, "grid_default").orElseThrow().source()).isEqualTo(source);
        assertThat(registry.active().id()).as("a draft is not used yet").isEqualTo(DEFAULT_ID);

        FactorSet active = registry.activate(draft.id());
        assertThat(active.status()).isEqualTo(FactorSetStatus.ACTIVE);
        assertThat(registry.active().id()).isEqualTo(draft.id());
        assertThat(registry.find(DEFAULT_ID).orElseThrow().status()).isEqualTo(FactorSetStatus.RETIRED);
        assertThat(registry.all()).extracting(FactorSet::id).containsExactly(draft.id(), DEFAULT_ID);

        List<AuditEntry> entries = audit.find(new AuditFilter("secretariat", "factor-set", before, null), 0, 50)
                .stream().filter(e -> e.target().equals(draft.id())).toList();
        assertThat(entries).extracting(AuditEntry::action)
                .containsExactly("factor-set.activate", "factor-set.update-factor", "factor-set.copy");
        assertThat(entries.get(1).detail()).contains("electricity/grid_default", "0.555 -> 0.450");
    }

    @Test
    void only_drafts_are_edited_and_activated() {
        OffsetConfiguration.loadDefault(store, defaultFactors);
        member.signIn("secretariat");
        var source = new Provenance("p", "t", "", "", "");
        assertThatThrownBy(() -> registry.updateFactor(DEFAULT_ID, Category.PAPER, "a4_sheet", BigDecimal.ONE, true,
                source)).isInstanceOf(FactorSetNotDraftException.class);
        FactorSet draft = registry.copy(DEFAULT_ID, "twice", 2025);
        registry.activate(draft.id());
        assertThatThrownBy(() -> registry.activate(draft.id())).isInstanceOf(FactorSetNotDraftException.class);
        assertThatThrownBy(() -> registry.activate(DEFAULT_ID)).isInstanceOf(FactorSetNotDraftException.class);
    }

    @Test
    void staff_may_not_copy_edit_or_activate() {
        OffsetConfiguration.loadDefault(store, defaultFactors);
        member.signIn("secretariat");
        FactorSet draft = registry.copy(DEFAULT_ID, "for staff", 2025);
        member.signIn("staff.minato");
        assertThatThrownBy(() -> registry.copy(DEFAULT_ID, "mine", 2025)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registry.updateFactor(draft.id(), Category.PAPER, "a4_sheet", BigDecimal.ONE, true,
                new Provenance("p", "t", "", "", ""))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registry.activate(draft.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(registry.active().id()).isEqualTo(DEFAULT_ID);
    }

    @Test
    void after_an_interrupted_activation_the_later_activation_is_active_and_the_other_is_retired() {
        FactorSet set = registry.find(DEFAULT_ID).orElseGet(() -> applicationRegistry.find(DEFAULT_ID).orElseThrow());
        // as if a node stopped between "make ACTIVE" and "retire the older": two ACTIVE sets
        store.insert(document(set, "older", FactorSetStatus.ACTIVE, 5));
        store.insert(document(set, "newer", FactorSetStatus.ACTIVE, 7));
        assertThat(registry.active().id()).isEqualTo("newer");
        assertThat(registry.find("older").orElseThrow().status()).isEqualTo(FactorSetStatus.RETIRED);
    }

    @Test
    void with_no_active_set_the_set_activated_last_is_used_without_reactivating_it() {
        FactorSet set = applicationRegistry.find(DEFAULT_ID).orElseThrow();
        store.insert(document(set, "first", FactorSetStatus.RETIRED, 3));
        store.insert(document(set, "second", FactorSetStatus.RETIRED, 4));
        store.insert(document(set, "draft", FactorSetStatus.DRAFT, 0));
        assertThat(registry.active().id()).isEqualTo("second");
        assertThat(registry.find("second").orElseThrow().status()).isEqualTo(FactorSetStatus.RETIRED);
    }

    @Test
    void a_saved_footprint_keeps_its_set_after_activation_and_recalculates_under_the_new_one() {
        OffsetConfiguration.loadDefault(store, defaultFactors);
        member.signIn("staff.minato");
        var inputs = new EventInputs(50, 1, new BigDecimal("1000"), null, null, null, null, List.of(), 0, 0, 0, null);
        EventFootprint saved = footprints.save(MINATO, "環境フェア " + collection, LocalDate.of(2025, 6, 1), null, inputs);
        // 1000 kWh × 0.555 kg/kWh = 555.000 kg
        assertThat(saved.estimate().totalKgCo2()).isEqualByComparingTo("555");

        member.signIn("secretariat");
        FactorSet draft = registry.copy(DEFAULT_ID, "newer factors", 2025);
        registry.updateFactor(draft.id(), Category.ELECTRICITY, "grid_default", new BigDecimal("0.4"), false,
                new Provenance("p", "t", "", "", ""));
        FactorSet now = registry.activate(draft.id());

        member.signIn("staff.shinjuku");
        EventFootprint again = footprints.find(saved.id()).orElseThrow();
        assertThat(again).isEqualTo(saved);
        assertThat(again.estimate().factorSet().id()).isEqualTo(DEFAULT_ID);
        assertThat(again.estimate().categories().getFirst().lines().getFirst().factor().value())
                .isEqualByComparingTo("0.555");
        // 1000 kWh × 0.4 kg/kWh = 400.000 kg
        assertThat(footprints.recalculate(again, now).totalKgCo2()).isEqualByComparingTo("400");
        assertThat(footprints.byMunicipality(MINATO)).extracting(EventFootprint::id).contains(saved.id());
    }

    @Test
    void footprints_are_saved_only_for_ones_own_municipality_or_by_the_secretariat_and_listed_latest_first() {
        OffsetConfiguration.loadDefault(store, defaultFactors);
        var inputs = EventInputs.of(10, 1);
        member.signIn("staff.minato");
        assertThatThrownBy(() -> footprints.save(new MunicipalityId("shinjuku"), "よその行事", LocalDate.now(), null,
                inputs)).isInstanceOf(AccessDeniedException.class);
        EventFootprint first = footprints.save(MINATO, "first " + collection, LocalDate.of(2025, 1, 1), null, inputs);
        member.signIn("secretariat");
        EventFootprint second = footprints.save(MINATO, "second " + collection, LocalDate.of(2025, 1, 2),
                LocalDate.of(2025, 1, 3), inputs);
        assertThat(footprints.byMunicipality(MINATO)).extracting(EventFootprint::id)
                .containsSubsequence(second.id(), first.id());
    }

    @Test
    void invalid_inputs_are_refused_naming_each_field() {
        OffsetConfiguration.loadDefault(store, defaultFactors);
        member.signIn("staff.minato");
        var inputs = new EventInputs(0, 1, new BigDecimal("-1"), null, null, null, null, List.of(), 0, -2, 0, null);
        assertThatThrownBy(() -> footprints.save(MINATO, " ", LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1),
                inputs)).isInstanceOfSatisfying(InvalidEventInputException.class, e -> assertThat(e.problems())
                .extracting(p -> p.field()).containsExactly("eventName", "lastDay", "participants", "electricityKwh",
                        "meals"));
    }

    private static FactorSetDocument document(FactorSet set, String id, FactorSetStatus status, long activation) {
        var copy = new FactorSet(id, id, set.fiscalYear(), status, set.factors());
        return FactorSetDocument.of(copy, activation, null, "test", Instant.now());
    }
}
