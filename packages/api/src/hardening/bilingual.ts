/** A message in Vietnamese (with its diacritics) first, then " / " and English: how every refusal reads. */
export const BILINGUAL = /^[^]*[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ][^]*? \/ [^]*[A-Za-z]{3}/iu;
