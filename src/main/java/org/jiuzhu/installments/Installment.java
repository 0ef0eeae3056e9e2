package org.jiuzhu.installments;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One planned payment: its number (from 1), the day it is paid and the amount in yuan, scale 2. */
public record Installment(int number, LocalDate payOn, BigDecimal amount) {
}
