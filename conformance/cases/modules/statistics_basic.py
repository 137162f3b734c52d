# statistics mean, median, mode, stdev and variance on small data sets with exact results and errors.
import statistics as st

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data))
print(st.pstdev(data), st.pvariance(data))
print(st.stdev([2, 4, 6]), st.variance([2, 4, 6]))
print(st.median([3, 1, 2]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print(st.mean([1.5, 2.5]), st.mean([1, 2]), type(st.mean([1, 2, 3])).__name__)
print(st.mode(["red", "blue", "red"]), st.multimode("aabbc"))
print(st.fmean([1, 2, 3, 4]), st.geometric_mean([2, 8]) , st.harmonic_mean([1, 1]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4))
for fn, arg in [(st.mean, []), (st.stdev, [1]), (st.mode, []), (st.median, [])]:
    try:
        fn(arg)
    except st.StatisticsError as e:
        print(fn.__name__, type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError))
