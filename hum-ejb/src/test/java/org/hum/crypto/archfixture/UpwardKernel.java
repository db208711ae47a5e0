package org.hum.crypto.archfixture;

import org.hum.source.entity.Source;

/** A kernel class that looks up into the file tier, for {@code ArchitectureRulesTest}. */
public class UpwardKernel {
    public String codeNameOf(Source source) {
        return source.codeName();
    }
}
