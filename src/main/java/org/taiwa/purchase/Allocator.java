package org.taiwa.purchase;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Shares a campaign's tonnes among its sign-ups. Pure and deterministic: the same supply, requests and seed
 * always give the same allocations, whatever order the requests are passed in. Never more than the supply in
 * total, never more than a municipality asked for, whole tonnes only.
 *
 * <ul>
 *   <li>First come: in sign-up order, each request is served whole if it fits in what is left; one that does not
 *       fit gets nothing and later, smaller ones are still served (no tonne is left unused that someone waiting
 *       could take whole).</li>
 *   <li>Pro rata: if the requests fit, everyone gets what they asked. Otherwise each gets
 *       {@code floor(request × supply / total requested)}; the tonnes this leaves go one each to the largest
 *       fractional parts, equal fractions to the earlier sign-up.</li>
 *   <li>Lottery: the order is the requests sorted by {@code SHA-256(seed + ":" + municipality)} as a hexadecimal
 *       string, smallest first — anyone can re-run it with {@code printf '%s' "seed:港区" | sha256sum}; then served
 *       whole while they fit, as first come.</li>
 * </ul>
 */
public final class Allocator {

    private Allocator() {
    }

    /** The allocations in the order the requests were given. */
    public static List<Allocation> allocate(AllocationRule rule, long supply, List<AllocationRequest> requests,
                                            String seed) {
        if (supply < 0) {
            throw new IllegalArgumentException("supply cannot be negative");
        }
        if (requests.stream().map(AllocationRequest::municipality).distinct().count() != requests.size()) {
            throw new IllegalArgumentException("one request per municipality");
        }
        Map<String, Allocation> byMunicipality = switch (rule) {
            case FIRST_COME -> wholeInOrder(supply, requests.stream()
                    .sorted(Comparator.comparingLong(AllocationRequest::sequence)
                            .thenComparing(AllocationRequest::municipality)).toList());
            case LOTTERY -> wholeInOrder(supply, drawOrder(requests, seed));
            case PRO_RATA -> proRata(supply, requests);
        };
        return requests.stream().map(r -> byMunicipality.get(r.municipality())).toList();
    }

    /** The lottery's order for a seed: what anyone can recompute from the published seed. */
    public static List<AllocationRequest> drawOrder(List<AllocationRequest> requests, String seed) {
        if (seed == null || seed.isBlank()) {
            throw new IllegalArgumentException("a lottery needs its published seed");
        }
        return requests.stream().sorted(Comparator.comparing((AllocationRequest r) -> ticket(seed, r.municipality()))
                .thenComparingLong(AllocationRequest::sequence)).toList();
    }

    /** {@code SHA-256(seed + ":" + municipality)} in lowercase hexadecimal. */
    public static String ticket(String seed, String municipality) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((seed + ":" + municipality).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static Map<String, Allocation> wholeInOrder(long supply, List<AllocationRequest> ordered) {
        var result = new HashMap<String, Allocation>();
        long left = supply;
        for (AllocationRequest request : ordered) {
            if (request.tonnes() <= left) {
                left -= request.tonnes();
                result.put(request.municipality(), new Allocation(request.municipality(), request.tonnes(),
                        request.tonnes(), Allocation.Reason.IN_FULL));
            } else {
                result.put(request.municipality(), new Allocation(request.municipality(), request.tonnes(), 0,
                        Allocation.Reason.NOT_ENOUGH_LEFT));
            }
        }
        return result;
    }

    private static Map<String, Allocation> proRata(long supply, List<AllocationRequest> requests) {
        var result = new HashMap<String, Allocation>();
        long total = requests.stream().mapToLong(AllocationRequest::tonnes).sum();
        if (total <= supply) {
            requests.forEach(r -> result.put(r.municipality(), new Allocation(r.municipality(), r.tonnes(),
                    r.tonnes(), Allocation.Reason.IN_FULL)));
            return result;
        }
        BigInteger supplyBig = BigInteger.valueOf(supply);
        BigInteger totalBig = BigInteger.valueOf(total);
        record Share(AllocationRequest request, long floor, BigInteger fraction) {
        }
        var shares = new ArrayList<Share>();
        long given = 0;
        for (AllocationRequest r : requests) {
            BigInteger[] division = BigInteger.valueOf(r.tonnes()).multiply(supplyBig).divideAndRemainder(totalBig);
            shares.add(new Share(r, division[0].longValueExact(), division[1]));
            given += division[0].longValueExact();
        }
        // fractions compare exactly as remainders over the same denominator
        shares.sort(Comparator.comparing(Share::fraction).reversed()
                .thenComparingLong(s -> s.request().sequence()).thenComparing(s -> s.request().municipality()));
        long left = supply - given;
        for (Share share : shares) {
            boolean extra = left > 0 && share.fraction().signum() > 0;
            if (extra) {
                left--;
            }
            long allocated = share.floor() + (extra ? 1 : 0);
            result.put(share.request().municipality(), new Allocation(share.request().municipality(),
                    share.request().tonnes(), allocated, extra ? Allocation.Reason.PRO_RATA_SHARE_AND_REMAINDER
                    : Allocation.Reason.PRO_RATA_SHARE));
        }
        return result;
    }
}
