/**
 * Directory: the 62 municipalities of Tokyo, the network's members and (later) its spaces.
 * Its API is {@link org.taiwa.directory.MunicipalityDirectory} and {@link org.taiwa.directory.MemberProfiles}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package org.taiwa.directory;
