package io.github.thidua.core.profile;

import io.github.thidua.core.Checks;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A set of dated parameters: the national baseline, or a province's overrides on top of it. A lookup takes the
 * profile's own value in force on the date, else its parent's (so a province overrides only what it sets).
 */
public final class Profile {
    private final String name;
    private final String description;
    private final Profile parent;
    private final Map<String, Parameter> parameters;
    private final ProvinceLineage province;

    public Profile(String name, String description, Profile parent, Map<String, Parameter> parameters) {
        this(name, description, parent, parameters, null);
    }

    /** A profile that describes a province with its dates and lineage ({@code province} may be null). */
    public Profile(String name, String description, Profile parent, Map<String, Parameter> parameters,
                   ProvinceLineage province) {
        this.province = province;
        this.name = Checks.notBlank(name, "profile name");
        this.description = description == null ? "" : description;
        this.parent = parent;
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(parameters, "parameters")));
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** The province this profile describes, with its dates and lineage, if it says so. */
    public Optional<ProvinceLineage> province() {
        return Optional.ofNullable(province);
    }

    /** This profile's name and those of the profiles it extends, nearest first. */
    public java.util.List<String> chain() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Profile p = this; p != null; p = p.parent) {
            out.add(p.name);
        }
        return out;
    }

    /** The profile this one extends, if any. */
    public Optional<Profile> parent() {
        return Optional.ofNullable(parent);
    }

    /** The parameters this profile itself defines (not inherited). */
    public Map<String, Parameter> ownParameters() {
        return parameters;
    }

    /** Every parameter name defined here or in a parent. */
    public Set<String> names() {
        Set<String> names = new TreeSet<>(parameters.keySet());
        if (parent != null) {
            names.addAll(parent.names());
        }
        return names;
    }

    /** The definition of a parameter, from this profile or the nearest parent. */
    public Optional<Parameter> definition(String parameter) {
        Parameter p = parameters.get(parameter);
        if (p != null) {
            return Optional.of(p);
        }
        return parent == null ? Optional.empty() : parent.definition(parameter);
    }

    /** The value of {@code parameter} on {@code date} for a bloc of {@code blocSize} members, if defined. */
    public Optional<ResolvedParameter> find(String parameter, LocalDate date, int blocSize) {
        Parameter p = parameters.get(parameter);
        if (p != null) {
            Optional<ParameterValue> v = p.valueOn(date);
            if (v.isPresent()) {
                ParameterValue pv = v.get();
                return Optional.of(new ResolvedParameter(parameter, pv.valueFor(blocSize), pv.reference(),
                        pv.certainty(), pv.validFrom(), name));
            }
        }
        return parent == null ? Optional.empty() : parent.find(parameter, date, blocSize);
    }

    /** The value of {@code parameter}, or an exception naming the profile, date and known parameters. */
    public ResolvedParameter get(String parameter, LocalDate date, int blocSize) {
        return find(parameter, date, blocSize).orElseThrow(() -> new IllegalArgumentException(
                "profile '" + name + "' defines no value of parameter '" + parameter + "' on " + date
                        + (names().contains(parameter) ? " (its first value is later)" : "; known parameters: " + names())));
    }

    @Override
    public String toString() {
        return "Profile[" + name + (parent != null ? " extends " + parent.name : "") + "]";
    }
}
