// The part of lunar-javascript the builder uses (the package ships no types).
declare module 'lunar-javascript' {
  interface Lunar {
    getYearInGanZhi(): string
    getMonthInChinese(): string
    getDayInChinese(): string
  }
  export const Solar: { fromYmd(year: number, month: number, day: number): { getLunar(): Lunar } }
}
