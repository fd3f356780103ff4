/**
 * Small value types and settings shared by every module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.deliberate.shared;
