package dev.deliberate.lti.launch;

import java.text.ParseException;
import java.util.List;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;

/**
 * Typed access to id_token claims: a claim of the wrong JSON type is refused as CLAIM_MALFORMED
 * naming the claim, never a ClassCastException.
 */
final class ClaimReader {

    private final JWTClaimsSet claims;

    ClaimReader(JWTClaimsSet claims) {
        this.claims = claims;
    }

    boolean has(String name) {
        return claims.getClaim(name) != null;
    }

    String string(String name) {
        try {
            return claims.getStringClaim(name);
        }
        catch (ParseException e) {
            throw malformed(name, "a string");
        }
    }

    List<String> strings(String name) {
        Object value = claims.getClaim(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof List<?> list) || list.stream().anyMatch(v -> !(v instanceof String))) {
            throw malformed(name, "an array of strings");
        }
        return list.stream().map(String.class::cast).toList();
    }

    Map<String, Object> object(String name) {
        try {
            return claims.getJSONObjectClaim(name);
        }
        catch (ParseException e) {
            throw malformed(name, "a JSON object");
        }
    }

    static String member(Map<String, Object> object, String claim, String member) {
        Object value = object == null ? null : object.get(member);
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        throw malformed(claim + "." + member, "a string");
    }

    static List<String> members(Map<String, Object> object, String claim, String member) {
        Object value = object == null ? null : object.get(member);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.stream().anyMatch(v -> !(v instanceof String))) {
            throw malformed(claim + "." + member, "an array of strings");
        }
        return list.stream().map(String.class::cast).toList();
    }

    JWTClaimsSet claims() {
        return claims;
    }

    private static LtiLaunchError malformed(String name, String expected) {
        return new LtiLaunchError(ReasonCode.CLAIM_MALFORMED, "claim " + name + " must be " + expected);
    }
}
