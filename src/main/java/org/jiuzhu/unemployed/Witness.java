package org.jiuzhu.unemployed;

/** 工作单位证明人: a witness from the applicant's pre-epidemic employer. */
record Witness(String name, String phone) {
}
