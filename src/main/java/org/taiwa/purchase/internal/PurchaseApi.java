package org.taiwa.purchase.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.taiwa.security.RateLimit;
import org.taiwa.security.RateLimits;
import org.taiwa.directory.Municipality;
import org.taiwa.directory.MunicipalityDirectory;
import org.taiwa.directory.MunicipalityId;
import org.taiwa.purchase.AllocationRule;
import org.taiwa.purchase.CampaignStatus;
import org.taiwa.purchase.Campaigns;
import org.taiwa.purchase.NewCampaign;
import org.taiwa.purchase.PurchaseNotFoundException;
import org.taiwa.purchase.SignUp;
import org.taiwa.purchase.SignUpRequest;
import org.taiwa.purchase.SignUps;
import org.taiwa.purchase.internal.PurchaseJson.CampaignJson;
import org.taiwa.purchase.internal.PurchaseJson.ProjectJson;
import org.taiwa.purchase.internal.PurchaseJson.SignUpJson;
import org.taiwa.security.CurrentMember;

import tools.jackson.databind.JsonNode;

/**
 * {@code /api/projects}, {@code /api/campaigns} and {@code /api/sign-ups}. Errors are problem details: 400 with
 * the {@code field}, 403, 404, 409 with the {@code reason}. A sign-up is for the member's own municipality; the
 * secretariat names one ({@code municipality}: id such as {@code minato}, or the Japanese name).
 */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
class PurchaseApi {

    private final Campaigns campaigns;
    private final SignUps signUps;
    private final MunicipalityDirectory directory;
    private final CurrentMember currentMember;
    private final RateLimits rateLimits;

    PurchaseApi(Campaigns campaigns, SignUps signUps, MunicipalityDirectory directory, CurrentMember currentMember,
                RateLimits rateLimits) {
        this.rateLimits = rateLimits;
        this.campaigns = campaigns;
        this.signUps = signUps;
        this.directory = directory;
        this.currentMember = currentMember;
    }

    @GetMapping("/projects")
    List<ProjectJson> projects() {
        return campaigns.projects().stream().map(ProjectJson::of).toList();
    }

    @GetMapping("/campaigns")
    List<CampaignJson> campaigns() {
        return campaigns.all().stream().map(CampaignJson::of).toList();
    }

    @GetMapping("/campaigns/{id}")
    CampaignJson campaign(@PathVariable String id) {
        return campaigns.find(id).map(CampaignJson::of).orElseThrow(() -> new PurchaseNotFoundException("campaign", id));
    }

    @PostMapping(path = "/campaigns", consumes = "application/json")
    ResponseEntity<CampaignJson> create(@RequestBody(required = false) JsonNode body) {
        JsonNode in = JsonInput.object(body, "body");
        String rule = JsonInput.requiredText(in, "allocationRule", "allocationRule");
        var campaign = campaigns.create(new NewCampaign(JsonInput.requiredText(in, "title", "title"),
                JsonInput.requiredText(in, "projectId", "projectId"), JsonInput.whole(in, "totalTonnes", "totalTonnes"),
                JsonInput.whole(in, "pricePerTonneYen", "pricePerTonneYen"), JsonInput.instant(in, "opensAt", "opensAt"),
                JsonInput.instant(in, "closesAt", "closesAt"), JsonInput.whole(in, "minTonnes", "minTonnes"),
                JsonInput.whole(in, "maxTonnes", "maxTonnes"), AllocationRule.parse(rule).orElseThrow(() ->
                        JsonInput.invalid("allocationRule", "rule", "first_come, pro_rata or lottery")),
                JsonInput.text(in, "lotterySeed", "lotterySeed")));
        return ResponseEntity.created(URI.create("/api/campaigns/" + campaign.id())).body(CampaignJson.of(campaign));
    }

    @PostMapping(path = "/campaigns/{id}/transitions", consumes = "application/json")
    CampaignJson transition(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
        String to = JsonInput.requiredText(JsonInput.object(body, "body"), "to", "to");
        CampaignStatus status = CampaignStatus.parse(to.strip()).orElseThrow(() -> JsonInput.invalid("to", "status",
                "open, closed, allocated, settled or cancelled"));
        return CampaignJson.of(campaigns.transition(id, status));
    }

    @PostMapping(path = "/campaigns/{id}/sign-ups", consumes = "application/json")
    ResponseEntity<SignUpJson> signUp(@PathVariable String id, @RequestBody(required = false) JsonNode body,
                                      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        rateLimits.takeForCurrentMember(RateLimit.SIGN_UP);
        JsonNode in = JsonInput.object(body, "body");
        MunicipalityId municipality = municipality(JsonInput.text(in, "municipality", "municipality"));
        SignUp signUp = signUps.signUp(id, municipality, request(in), key);
        return ResponseEntity.created(URI.create("/api/sign-ups/" + signUp.id())).body(json(signUp));
    }

    @GetMapping("/campaigns/{id}/sign-ups")
    List<SignUpJson> signUps(@PathVariable String id) {
        return signUps.ofCampaign(id).stream().map(this::json).toList();
    }

    @GetMapping({"/campaigns/{campaignId}/sign-ups/{id}", "/sign-ups/{id}"})
    SignUpJson signUp(@PathVariable Optional<String> campaignId, @PathVariable String id) {
        return json(ofCampaign(campaignId, id));
    }

    @PutMapping(path = {"/campaigns/{campaignId}/sign-ups/{id}", "/sign-ups/{id}"}, consumes = "application/json")
    SignUpJson change(@PathVariable Optional<String> campaignId, @PathVariable String id,
                      @RequestBody(required = false) JsonNode body) {
        rateLimits.takeForCurrentMember(RateLimit.SIGN_UP);
        ofCampaign(campaignId, id);
        return json(signUps.change(id, request(JsonInput.object(body, "body"))));
    }

    @DeleteMapping("/campaigns/{campaignId}/sign-ups/{id}")
    SignUpJson withdraw(@PathVariable String campaignId, @PathVariable String id) {
        ofCampaign(Optional.of(campaignId), id);
        return json(signUps.withdraw(id));
    }

    @PostMapping("/sign-ups/{id}/approval")
    SignUpJson approve(@PathVariable String id) {
        return json(signUps.approve(id));
    }

    private SignUp ofCampaign(Optional<String> campaignId, String id) {
        return signUps.find(id).filter(s -> campaignId.map(s.campaignId()::equals).orElse(true))
                .orElseThrow(() -> new PurchaseNotFoundException("sign-up", id));
    }

    private SignUpJson json(SignUp signUp) {
        Integer position = signUp.placement() == SignUp.Placement.WAITLISTED && !signUp.withdrawn()
                ? signUps.waitlistPosition(signUp.id()).orElse(null) : null;
        return SignUpJson.of(signUp, position);
    }

    /** The named municipality (id or Japanese name), or the member's own when none is named. */
    private MunicipalityId municipality(String named) {
        Optional<Municipality> municipality = named == null || named.isBlank()
                ? currentMember.get().flatMap(m -> m.municipality()).flatMap(directory::byJapaneseName)
                : directory.byJapaneseName(named.strip()).or(() -> byId(named.strip()));
        return municipality.map(Municipality::id).orElseThrow(() -> JsonInput.invalid("municipality",
                "unknown-municipality", named == null || named.isBlank()
                        ? "name the municipality: you belong to none" : "no municipality " + named));
    }

    private Optional<Municipality> byId(String id) {
        try {
            return directory.byId(new MunicipalityId(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static SignUpRequest request(JsonNode in) {
        JsonNode contact = JsonInput.object(in.get("contact"), "contact");
        var events = new ArrayList<SignUpRequest.EventToOffset>();
        JsonNode list = in.get("events");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                throw JsonInput.invalid("events", "list", "a list of events is required");
            }
            for (int i = 0; i < list.size(); i++) {
                String field = "events[" + i + "]";
                JsonNode event = JsonInput.object(list.get(i), field);
                events.add(new SignUpRequest.EventToOffset(JsonInput.requiredText(event, "name", field + ".name"),
                        JsonInput.date(event, "date", field + ".date"), JsonInput.whole(event, "tonnes",
                        field + ".tonnes"), JsonInput.text(event, "footprintId", field + ".footprintId")));
            }
        }
        return new SignUpRequest(JsonInput.whole(in, "tonnes", "tonnes"), new SignUpRequest.Contact(
                JsonInput.requiredText(contact, "name", "contact.name"),
                JsonInput.requiredText(contact, "email", "contact.email"),
                JsonInput.text(contact, "phone", "contact.phone")), events);
    }
}
