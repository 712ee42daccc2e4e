import PlotSpec
