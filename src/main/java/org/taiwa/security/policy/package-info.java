/**
 * Who may do what, one policy per object type. The rules live here; each feature's services call
 * them with a small description of the object (its visibility, author, municipality …) and
 * enforce the answer, so that views are never the only line of defence.
 * See docs/decisions/0006-permission-policies.md.
 */
@org.springframework.modulith.NamedInterface("policy")
package org.taiwa.security.policy;
