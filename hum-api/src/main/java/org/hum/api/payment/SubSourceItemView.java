package org.hum.api.payment;

import java.math.BigDecimal;

public record SubSourceItemView(int position, String description, BigDecimal amount) {
}
