import PlotLayout
